-- wrk script: POST /api/v1/requests, a missed bin at a demo address in Tamworth, each with its own Idempotency-Key
-- (thread number, a random run tag and a counter), so every post makes a request. Prints one RESULT line.
local threads = {}
local next_id = 0
function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(os.time() + id)
  run = string.format("%08x", math.random(0, 0x7fffffff))
  counter = 0
  created = 0
  wrk.method = "POST"
  wrk.path = "/api/v1/requests"
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  counter = counter + 1
  local key = string.format("bench-%s-%d-%d", run, id, counter)
  return wrk.format(nil, nil, nil, '{"service":"missed-bin","postcode":"B79 7AH",'
    .. '"address":{"line1":"2 New Road","town":"Tamworth"},'
    .. '"answers":{"bin-type":"recycling","collection-date":"2026-11-20","bin-out":"yes"},'
    .. '"contact":{"email":"resident@example.com"},"idempotencyKey":"' .. key .. '"}')
end

response = function(status, headers, body)
  if status == 201 then created = created + 1 end
end

done = function(summary, latency, requests)
  local made = 0
  for _, thread in ipairs(threads) do made = made + (thread:get("created") or 0) end
  io.write(string.format("RESULT requests=%d created=%d errors_non2xx=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, made, summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
