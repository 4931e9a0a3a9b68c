-- POST /api/v1/tickets with varied bodies. Citizens come from a fixed pool (BENCH_CITIZENS, default 3000)
-- because real callers call again: the first request for a citizen creates the record, later ones find it
-- by fiscal code (half of the pool has one), by phone (all) or by e-mail (a third). The same pool index
-- always sends the same details, so repeat calls read the record rather than rewriting it.
local token = os.getenv("BENCH_TOKEN") or error("BENCH_TOKEN is not set")
local pool = tonumber(os.getenv("BENCH_CITIZENS") or "3000")

local first = { "Mario", "Giulia", "Luca", "Francesca", "Antonio", "Rosa", "Giuseppe", "Anna", "Rocco", "Maria" }
local last = { "Rossi", "Bianchi", "Lorusso", "Colucci", "Santarsiero", "Laurita", "Summa", "Pace", "Lopardo", "Cillis" }
local channels = { "PHONE", "PHONE", "PHONE", "EMAIL", "COUNTER" }
local categories = { "INFORMAZIONI", "INFORMAZIONI", "RECLAMO", "RICHIESTA_SERVIZIO", "ALTRO" }

-- The official odd-position table of the codice fiscale check character (index: 0-9 or A-Z).
local ODD = { 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23 }
local LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
local MONTHS = "ABCDEHLMPRST"

local function letter(n) return LETTERS:sub(n % 26 + 1, n % 26 + 1) end

local function fiscal_code(i)
  local code = letter(i) .. letter(math.floor(i / 26)) .. letter(math.floor(i / 676)) .. letter(i * 7) .. letter(i * 11) .. letter(i * 13)
    .. string.format("%02d", 40 + i % 60) .. MONTHS:sub(i % 12 + 1, i % 12 + 1)
    .. string.format("%02d", 1 + i % 28 + (i % 2) * 40) .. "G" .. string.format("%03d", i % 1000)
  local sum = 0
  for p = 1, 15 do
    local c = code:byte(p)
    local index = (c >= 48 and c <= 57) and (c - 48) or (c - 65)
    sum = sum + ((p % 2 == 1) and ODD[index + 1] or index)
  end
  return code .. letter(sum % 26)
end

local function citizen(i)
  local parts = {
    string.format('"firstName":"%s","lastName":"%s"', first[i % #first + 1], last[math.floor(i / #first) % #last + 1]),
    string.format('"phone":"0971 %06d"', 100000 + i),
  }
  if i % 2 == 0 then parts[#parts + 1] = string.format('"fiscalCode":"%s"', fiscal_code(i)) end
  if i % 3 == 0 then parts[#parts + 1] = string.format('"email":"cittadino%d@example.org"', i) end
  return "{" .. table.concat(parts, ",") .. "}"
end

local headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
local thread_id, counter = 0, 0

-- wrk (LuaJIT, Lua 5.1: no // operator) runs setup() once per thread in the main Lua state, then each thread gets its own state.
local threads_created = 0
function setup(thread)
  threads_created = threads_created + 1
  thread:set("thread_id", threads_created)
end

function init(args)
  math.randomseed(os.time() * 1000 + thread_id)
end

function request()
  counter = counter + 1
  local i = math.random(0, pool - 1)
  local body = string.format(
    '{"channel":"%s","categoryCode":"%s","subject":"Richiesta %d-%d","description":"Il cittadino chiede informazioni sulla pratica %d-%d: tempi, documenti e uffici competenti.","citizen":%s}',
    channels[counter % #channels + 1], categories[counter % #categories + 1], thread_id, counter, thread_id, counter,
    citizen(i))
  return wrk.format("POST", "/api/v1/tickets", headers, body)
end
