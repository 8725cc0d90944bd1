-- wrk script: POST /api/v1/requests, a missed bin at a Tamworth postcode of the demo data, each with an
-- idempotency key of its own (run, thread, counter), so that every post makes a request and none is a retry; the
-- bin was due yesterday (the form wants a day in the past).
package.path = os.getenv("BENCH_DIR") .. "/?.lua;" .. package.path
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end
local counter = 0
local run = os.getenv("BENCH_RUN") or tostring(os.time())
request = function()
  counter = counter + 1
  local body = string.format('{"service":"missed-bin","postcode":"B79 7AH",'
    .. '"address":{"line1":"2 New Road","town":"Tamworth"},"idempotencyKey":"bench-%s-%d-%d",'
    .. '"answers":{"bin-type":"recycling","collection-date":"%s","bin-out":"yes"},'
    .. '"contact":{"email":"resident@example.com"}}', run, thread_id, counter, os.date("!%Y-%m-%d", os.time() - 86400))
  return wrk.format("POST", "/api/v1/requests", { ["Content-Type"] = "application/json" }, body)
end
done = require("result").done
