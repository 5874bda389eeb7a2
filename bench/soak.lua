-- Mixed reads and writes for bench/soak.sh. Each wrk thread is one signed-in account (ACCOUNTS holds
-- "cookie|csrf-token|own-page" per account, space-separated: own-page is the desk page that account may see);
-- CLAIMS lists claim ids to read and to link sources to.
local accounts = {}
for entry in string.gmatch(os.getenv("ACCOUNTS") or "", "[^ ]+") do
  accounts[#accounts + 1] = entry
end
local claims = {}
for id in string.gmatch(os.getenv("CLAIMS") or "", "[^ ]+") do
  claims[#claims + 1] = id
end
local reads = { "/claims", "/articles", "/search?q=troops", "/search?q=%22military+action%22", "/desk/dashboard",
  "own", "/fact-checks", "/claimants", "/sources" }

local threads = {}
setup = function(thread)
  local n = #threads + 1
  threads[n] = thread
  local account = accounts[((n - 1) % #accounts) + 1]
  local cookie, token, own = string.match(account, "([^|]+)|([^|]+)|(.+)")
  thread:set("cookie", cookie)
  thread:set("token", token)
  thread:set("own", own)
  thread:set("id", n)
end

local counter = 0
local boundary = "soakboundary7d3f"

local function part(name, value)
  return "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"" .. name .. "\"\r\n\r\n" .. value .. "\r\n"
end

request = function()
  counter = counter + 1
  local headers = { ["Cookie"] = cookie }
  local claim = claims[(counter % #claims) + 1]
  local unique = id .. "-" .. counter .. "-" .. math.random(1, 1000000000)
  local kind = counter % 20
  if kind == 0 then
    -- A new article: stored, then read by the statement extraction.
    headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary
    local text = "The health minister said on Monday that waiting lists fell by 12 percent in region " .. unique
        .. ". \"We have hired 400 more nurses,\" she told reporters. The opposition denied that the figures "
        .. "were comparable, saying the count had changed in " .. unique .. "."
    local body = part("csrf-token", token) .. part("title", "Soak article " .. unique)
        .. part("url", "https://soak.example.org/articles/" .. unique) .. part("text", text) .. "--" .. boundary .. "--\r\n"
    return wrk.format("POST", "/articles", headers, body)
  elseif kind == 1 then
    -- A new source linked to a claim as context.
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    local body = "csrf-token=" .. token .. "&claim=" .. claim .. "&source.url=https%3A%2F%2Fsoak.example.org%2Fsources%2F"
        .. unique .. "&source.title=Soak+source+" .. unique .. "&source.publisher=Soak+Desk&source.type=NEWS_REPORT"
        .. "&stance=CONTEXT&excerpt=Figures+for+" .. unique .. "&location=p.+1&note="
    return wrk.format("POST", "/evidence", headers, body)
  elseif kind < 8 then
    return wrk.format("GET", "/claims/" .. claim, headers)
  end
  local path = reads[(counter % #reads) + 1]
  return wrk.format("GET", path == "own" and own or path, headers)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d status_errors=%d socket_errors=%d rps=%.0f p50=%.1fms p99=%.1fms\n",
    summary.requests, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
