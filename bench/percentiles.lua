-- Prints one parseable line with the latency percentiles the targets name (wrk reports p50..p99 otherwise).
-- With LOGIN_COOKIE set, every request carries the signed-in session; with PATHS, requests spread over them.
local cookie = os.getenv("LOGIN_COOKIE")
local paths = {}
for path in string.gmatch(os.getenv("PATHS") or "", "[^ ]+") do
  paths[#paths + 1] = path
end
local counter = 0

request = function()
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  if cookie then
    headers["Cookie"] = cookie
  end
  local path = wrk.path
  if #paths > 0 then
    counter = counter + 1
    path = paths[(counter % #paths) + 1]
  end
  return wrk.format("GET", path, headers)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d (answers not 2xx/3xx %d) rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
