-- Driven by NeovimLspTest: opens a bad manifest with podlint lsp as the language server, records
-- the diagnostics Neovim received, applies the quick fix of image-pull-policy-invalid, and
-- records the fixed line and the diagnostics after the change. Results go to $OUT, one per line.
local out = {}
local function note(s) table.insert(out, s) end
local function finish()
  vim.fn.writefile(out, os.getenv('OUT'))
  vim.cmd('qa!')
end

local function run()
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('FILE')))
local buf = vim.api.nvim_get_current_buf()
-- start_client and buf_attach_client: in every Neovim since 0.5 (vim.lsp.start came in 0.8)
local id = vim.lsp.start_client({ name = 'podlint', cmd = { os.getenv('JAVA'), '-jar', os.getenv('JAR'), 'lsp' },
  root_dir = os.getenv('WS'), workspace_folders = { { uri = vim.uri_from_fname(os.getenv('WS')), name = 'ws' } } })
if not id then note('error: the client did not start') return end
vim.lsp.buf_attach_client(buf, id)

local function find(rule)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == rule then d.code = code return d end
  end
end

if not vim.wait(90000, function() return find('image-pull-policy-invalid') ~= nil end, 100) then
  note('error: no diagnostics') return
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  note(string.format('diagnostic %d:%d-%d:%d %s severity=%d', d.lnum, d.col, d.end_lnum, d.end_col, tostring(code), d.severity))
end

local client = vim.lsp.get_client_by_id(id)
local d = find('image-pull-policy-invalid')
local lsp = d.user_data and d.user_data.lsp or {}
lsp.range = lsp.range or { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } }
lsp.message = lsp.message or d.message
lsp.code = lsp.code or d.code
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
  context = { diagnostics = { lsp } },
}
local resp
if vim.fn.has('nvim-0.11') == 1 then
  resp = client:request_sync('textDocument/codeAction', params, 30000, buf)
else
  resp = client.request_sync('textDocument/codeAction', params, 30000, buf)
end
if not resp or not resp.result or #resp.result == 0 then note('error: no code action') return end
local action = resp.result[1]
note('action ' .. action.title)
vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
note('line ' .. vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1])

if vim.wait(90000, function() return find('image-pull-policy-invalid') == nil end, 100) then
  note('after ' .. #vim.diagnostic.get(buf) .. ' diagnostics, none of image-pull-policy-invalid')
else
  note('error: the diagnostic stayed after the fix')
end
end

local ok, err = pcall(run)
if not ok then note('error: ' .. tostring(err)) end
finish()
