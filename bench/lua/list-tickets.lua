-- GET /api/v1/tickets?size=20: the newest page of the search, as an operator's list shows it.
local token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")
local req

-- Formatted once per thread in init(): at load time wrk.host is not known yet, and a request
-- without a Host header gets Tomcat's 400.
function init(args)
  req = wrk.format("GET", "/api/v1/tickets?size=20", { ["Authorization"] = "Bearer " .. token })
end

function request()
  return req
end
