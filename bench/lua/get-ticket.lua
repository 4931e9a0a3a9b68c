-- GET /api/v1/tickets/{number}: random tickets among those created by the POST phase, whose numbers
-- the script wrote to BENCH_NUMBERS (one a line).
local token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")
local file = os.getenv("BENCH_NUMBERS") or error("BENCH_NUMBERS is not set")
local headers = { ["Authorization"] = "Bearer " .. token }
local numbers = {}
for line in io.lines(file) do
  if #line > 0 then numbers[#numbers + 1] = line end
end
assert(#numbers > 0, "no ticket numbers in " .. file)

function init(args)
  math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1e6))
end

function request()
  return wrk.format("GET", "/api/v1/tickets/" .. numbers[math.random(#numbers)], headers)
end
