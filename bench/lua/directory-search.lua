-- wrk script: GET /api/v1/directory/search with a rotating set of realistic switchboard requests,
-- bearer token from the TOKEN environment variable; prints p50/p95/p99 at the end.
local queries = {
  "rossi", "Rosi", "lo russo", "dangelo", "donofrio", "D%E2%80%99Onofrio", "nicolo", "mar russ", "maria russo",
  "giuseppe rossi", "3505", "0971%20663505", "tesserini di caccia", "bollo auto", "farmacie",
  "dirigente ufficio caccia", "protezione civile", "ufficio tributi", "urp salute", "de luca", "dilorenzo",
  "faraon", "pietro luca", "antonio lorusso", "licenza di pesca", "sala operativa", "nole", "lam", "coviello",
  "vorrei parlare con il dottor santarsiero"
}
local token = os.getenv("TOKEN")
local i = 0

request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]:gsub(" ", "%%20")
  return wrk.format("GET", "/api/v1/directory/search?limit=10&q=" .. q,
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
