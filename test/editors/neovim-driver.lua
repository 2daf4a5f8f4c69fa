-- Drives a headless Neovim that has the README's recipe in its init.lua, as a user would, and
-- writes what it saw to $PLACESHAPER_OUT (JSON): the diagnostics of every draft, a hover, the code
-- lens places in the quickfix list, a rename applied and saved, and `placeshaper check` in the
-- quickfix list through the README's errorformat.
local env = vim.env
local out = {}
local function fail(message)
  vim.fn.writefile({ vim.fn.json_encode({ error = message }) }, env.PLACESHAPER_OUT)
  vim.cmd('qall!')
end
local function position(spec)
  local file, line, character = spec:match('^(.-):(%d+):(%d+)$')
  return file, { line = tonumber(line), character = tonumber(character) }
end
-- Opens the file of `spec` (file:line:character) and sends a request at that place; the answers by client.
local function request_at(spec, method, params)
  local file, at = position(spec)
  vim.cmd('edit ' .. file)
  params.textDocument = vim.lsp.util.make_text_document_params()
  params.position = at
  return vim.lsp.buf_request_sync(0, method, params, 10000) or {}
end

-- 1. Open one draft: the recipe starts the server; every draft's problems arrive, closed ones too.
vim.cmd('edit ' .. env.PLACESHAPER_OPEN)
local expected = tonumber(env.PLACESHAPER_EXPECTED)
if not vim.wait(30000, function() return #vim.diagnostic.get(nil) >= expected end, 50) then
  fail('waited 30 s for ' .. expected .. ' diagnostics; got ' .. #vim.diagnostic.get(nil))
  return
end
vim.wait(500) -- anything beyond the expected count would arrive by now
out.diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(nil)) do
  table.insert(out.diagnostics, {
    file = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(d.bufnr), ':.'),
    line = d.lnum + 1,
    column = d.col + 1,
    code = d.code,
    severity = ({ 'error', 'warning', 'info', 'hint' })[d.severity],
    message = d.message,
  })
end

-- 2. Hover.
for _, result in pairs(request_at(env.PLACESHAPER_HOVER, 'textDocument/hover', {})) do
  if result.result then out.hover = result.result.contents.value end
end

-- 3. A code lens, run as a user runs it: its places in the quickfix list (the recipe's client command).
local lens_file, lens_at = position(env.PLACESHAPER_LENS)
vim.cmd('edit ' .. lens_file)
vim.lsp.codelens.refresh()
vim.wait(10000, function() return #vim.lsp.codelens.get(0) > 0 end, 50)
vim.api.nvim_win_set_cursor(0, { lens_at.line + 1, 0 })
vim.lsp.codelens.run()
out.lens = {}
for _, item in ipairs(vim.fn.getqflist()) do
  table.insert(out.lens, { file = vim.fn.fnamemodify(vim.fn.bufname(item.bufnr), ':.'), line = item.lnum, column = item.col })
end

-- 4. Rename across files, applied and saved.
for _, result in pairs(request_at(env.PLACESHAPER_RENAME_AT, 'textDocument/rename', { newName = env.PLACESHAPER_RENAME_TO })) do
  if result.err then out.renameError = result.err.message end
  if result.result then
    vim.lsp.util.apply_workspace_edit(result.result, 'utf-16')
    out.renamedFiles = vim.tbl_count(result.result.changes or result.result.documentChanges or {})
  end
end
vim.cmd('silent wall')

-- 5. Every problem in the quickfix list without the server: `placeshaper check` and the errorformat.
vim.cmd('cgetexpr system("placeshaper check")')
out.quickfix = {}
for _, item in ipairs(vim.fn.getqflist()) do
  if item.valid == 1 then
    table.insert(out.quickfix, {
      file = vim.fn.fnamemodify(vim.fn.bufname(item.bufnr), ':.'),
      line = item.lnum,
      column = item.col,
      type = item.type,
    })
  end
end

vim.fn.writefile({ vim.fn.json_encode(out) }, env.PLACESHAPER_OUT)
vim.cmd('qall!')
