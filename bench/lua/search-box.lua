-- wrk script: GET /api/v1/search (the one search box) with the requests of the file QUERIES (one URL-encoded
-- text a line), in rotation, each thread from its own starting point; TYPES (e.g. "&type=SHEET&type=FAQ") is
-- appended as is; PATH replaces /api/v1/search?size=10&q= (for the portal's list: /api/v1/knowledge/sheets?size=10&q=).
-- Bearer token from TOKEN. Prints the request count, the errors and p50/p95/p99 at the end.
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
  if #line > 0 then queries[#queries + 1] = line end
end
local token = os.getenv("TOKEN")
local types = os.getenv("TYPES") or ""
local path = os.getenv("SEARCH_PATH") or "/api/v1/search?size=10&q="
local i = math.random(#queries)

request = function()
  i = i + 1
  return wrk.format("GET", path .. queries[(i % #queries) + 1] .. types,
    { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d), %.0f req/s\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.errors.status, summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({ 50, 95, 99 }) do
    io.write(string.format("p%d %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
