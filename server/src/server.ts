// The `placeshaper-language-server` command (dist/server.js), which the VS Code extension starts too.
import { runLanguageServer } from './lsp/start';

runLanguageServer(process.argv.slice(2), 'placeshaper-language-server');
