;;; emacs-driver.el --- drives a batch Emacs with the README's Eglot recipe  -*- lexical-binding: t -*-
;; Visits every draft of the workspace (the current folder), as a user would, then writes what
;; Eglot saw to $PLACESHAPER_OUT as JSON: the diagnostics of every draft, a hover, and a rename
;; applied and saved.  Batch Emacs runs no commands, so the post-command hook that Eglot and
;; Flymake wait for is run by hand after each visit.
(require 'json)
(require 'cl-lib)

(defun placeshaper-wait (predicate seconds)
  "Let the server's answers in until PREDICATE holds, for SECONDS at most."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(defun placeshaper-goto (spec)
  "Visit the file of SPEC (file:line:character, 0-based) and move point there."
  (let ((parts (split-string spec ":")))
    (find-file (nth 0 parts))
    (goto-char (point-min))
    (forward-line (string-to-number (nth 1 parts)))
    (forward-char (string-to-number (nth 2 parts)))))

(defun placeshaper-diagnostics (root)
  "Every Flymake diagnostic of every visited draft, as the CLI's report names them, files relative to ROOT."
  (cl-loop
   for buffer in (buffer-list)
   when (buffer-local-value 'eglot--managed-mode buffer)
   append (with-current-buffer buffer
            (mapcar
             (lambda (d)
               (let ((beg (flymake-diagnostic-beg d))
                     (text (flymake-diagnostic-text d)))
                 (string-match "\\`placeshaper \\[\\([^]]+\\)\\]: \\(\\(?:.\\|\n\\)*\\)\\'" text)
                 `((file . ,(file-relative-name buffer-file-name root))
                   (line . ,(line-number-at-pos beg))
                   (column . ,(save-excursion (goto-char beg) (1+ (current-column))))
                   (code . ,(match-string 1 text))
                   (severity . ,(pcase (flymake-diagnostic-type d)
                                  ('eglot-error "error") ('eglot-warning "warning") (_ "note")))
                   (message . ,(match-string 2 text)))))
             (flymake-diagnostics)))))

(let ((root default-directory)
      (expected (string-to-number (getenv "PLACESHAPER_EXPECTED")))
      (out '()))
  (condition-case err
      (progn
        ;; 1. Visit every draft: the recipe's hook starts Eglot (through the post-command hook).
        (dolist (file (split-string (getenv "PLACESHAPER_FILES") ":"))
          (let ((default-directory root))
            (find-file (expand-file-name file root))
            (run-hooks 'post-command-hook)
            (unless (placeshaper-wait (lambda () eglot--managed-mode) 30)
              (error "Eglot did not start for %s" file))
            (flymake-start)))
        (unless (placeshaper-wait (lambda () (>= (length (placeshaper-diagnostics root)) expected)) 30)
          (error "Waited 30 s for %d diagnostics; got %d" expected (length (placeshaper-diagnostics root))))
        (accept-process-output nil 0.5)
        (let ((default-directory root))
          (push `(diagnostics . ,(vconcat (placeshaper-diagnostics root))) out))
        ;; 2. Hover.
        (let ((default-directory root)) (placeshaper-goto (getenv "PLACESHAPER_HOVER")))
        (let ((hover (jsonrpc-request (eglot-current-server) :textDocument/hover
                                      (eglot--TextDocumentPositionParams))))
          (push `(hover . ,(plist-get (plist-get hover :contents) :value)) out))
        ;; 3. Rename across files, applied and saved.
        (let ((default-directory root)) (placeshaper-goto (getenv "PLACESHAPER_RENAME_AT")))
        (eglot-rename (getenv "PLACESHAPER_RENAME_TO"))
        (save-some-buffers t)
        (push '(renamed . t) out))
    (error (push `(error . ,(error-message-string err)) out)))
  (with-temp-file (getenv "PLACESHAPER_OUT")
    (insert (json-encode out)))
  (kill-emacs 0))
