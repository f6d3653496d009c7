-- Runs inside `nvim --headless -u NONE` (Neovim 0.7.2: vim.lsp.start_client,
-- no vim.lsp.start). Prints what it sees, asserts the seed scenario, and
-- exits with :cquit on failure, :qall! on success.
local server = os.getenv('HUIBAO_SERVER')
local seed = os.getenv('HUIBAO_SEED')
local root = os.getenv('HUIBAO_ROOT')
local failures = {}

local function out(line) io.stdout:write(line .. '\n') end
local function check(ok, what)
  out((ok and 'ok   ' or 'FAIL ') .. what)
  if not ok then table.insert(failures, what) end
end
local function finish()
  if #failures == 0 then out('PASS') vim.cmd('qall!') else out('FAILED: ' .. #failures) vim.cmd('cquit 1') end
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(seed))
  local buf = vim.api.nvim_get_current_buf()
  local exit_code = nil
  local client_id = vim.lsp.start_client({
    name = 'huibao',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    on_exit = function(code) exit_code = code end,
  })
  check(client_id ~= nil, 'server started')
  vim.lsp.buf_attach_client(buf, client_id)

  -- The LSP form of a diagnostic as Neovim keeps it: its code shows the rule's
  -- name (易混词), data.ruleId keeps the rule's id.
  local function lsp_of(d)
    return (d.user_data and d.user_data.lsp) or {}
  end
  local function rule_of(lsp)
    return lsp.data and lsp.data.ruleId
  end
  local function count(rule)
    local n = 0
    for _, d in ipairs(vim.diagnostic.get(buf)) do if rule_of(lsp_of(d)) == rule then n = n + 1 end end
    return n
  end
  -- 0-based line and UTF-16 character of the first `needle` after `after` (both byte strings).
  local function find(after, needle)
    for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
      local s = line:find(after, 1, true)
      if s then
        local b = line:find(needle, s, true)
        local _, utf16 = vim.str_utfindex(line, b - 1)
        return { line = i - 1, character = utf16, byte = b - 1 }
      end
    end
  end
  local function request(method, params)
    local results = vim.lsp.buf_request_sync(buf, method, params, 20000) or {}
    local answer = results[client_id]
    return answer and answer.result
  end

  -- Diagnostics: 162 placeholders and 截止目前 three times.
  vim.wait(90000, function() return count('placeholder') >= 162 end, 50)
  out('diagnostics ' .. #vim.diagnostic.get(buf))
  out('placeholders ' .. count('placeholder'))
  out('confusable ' .. count('confusable'))
  check(count('placeholder') == 162, '162 placeholder diagnostics')
  check(count('confusable') == 3, '截止目前 flagged three times')
  local shown
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if rule_of(lsp_of(d)) == 'confusable' then shown = d break end
  end
  out('confusable shown as ' .. tostring(shown and shown.source) .. '(' .. tostring(shown and lsp_of(shown).code) .. ')')
  check(shown ~= nil and shown.source == '汇报' and lsp_of(shown).code == '易混词', 'shown as 汇报(易混词), the rule id only in data')

  -- Document symbols: 一 二 三 四, with 3 and 5 children under 三 and 四.
  local textDocument = vim.lsp.util.make_text_document_params(buf)
  local symbols = request('textDocument/documentSymbol', { textDocument = textDocument }) or {}
  out('symbols ' .. #symbols)
  check(#symbols == 4, '4 top-level symbols')
  if #symbols == 4 then
    out('children ' .. #symbols[3].children .. ' ' .. #symbols[4].children)
    check(#symbols[3].children == 3 and #symbols[4].children == 5, '3 children under 三, 5 under 四')
  end

  -- Hover on the total 共计拆违*处.
  local total = find('上半年共计拆违', '*')
  local hover = request('textDocument/hover', { textDocument = textDocument, position = { line = total.line, character = total.character } })
  local value = hover and hover.contents and hover.contents.value or ''
  out('hover ' .. (value:match('总数 [^\n]*') or '(none)'))
  check(value:find('总数 *处 = * + *', 1, true) ~= nil, 'hover shows the total and its parts')

  -- Quick fix for 截止目前, applied by Neovim itself.
  -- The LSP form of the diagnostic (range, code, data), as Neovim 0.7 sends it back.
  local target
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if rule_of(lsp_of(d)) == 'confusable' then
      for _, l in ipairs(vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum, {}, client_id)) do
        if rule_of(l) == 'confusable' then target = l break end
      end
      break
    end
  end
  local actions = request('textDocument/codeAction', { textDocument = textDocument, range = target.range, context = { diagnostics = { target } } }) or {}
  local fix
  for _, a in ipairs(actions) do if a.isPreferred and a.title:find('截至', 1, true) then fix = a break end end
  check(fix ~= nil, 'a preferred quick fix to 截至')
  if fix then
    vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
    vim.wait(10000, function() return count('confusable') == 2 end, 50)
    check(count('confusable') == 2, 'the fixed 截止目前 no longer flagged')
  end

  -- Fill one figure: 共走访慰问*名 → 12名; its placeholder diagnostic goes.
  local star = find('共走访慰问', '*')
  vim.api.nvim_buf_set_text(buf, star.line, star.byte, star.line, star.byte + 1, { '12' })
  vim.wait(10000, function() return count('placeholder') == 161 end, 50)
  out('placeholders after edit ' .. count('placeholder'))
  check(count('placeholder') == 161, 'a filled figure is no longer a placeholder')

  -- Shut down: the server must exit 0.
  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return exit_code ~= nil end, 50)
  out('server exit ' .. tostring(exit_code))
  check(exit_code == 0, 'server exits with code 0')
end)
if not ok then check(false, 'scenario error: ' .. tostring(err)) end
finish()
