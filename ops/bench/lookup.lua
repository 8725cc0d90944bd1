-- wrk script: GET /api/v1/places?postcode=<random postcode from the keys file>
local keys = {}
for line in io.lines(os.getenv("BENCH_KEYS")) do keys[#keys + 1] = line end
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/v1/places?postcode=" .. keys[math.random(#keys)])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors_non2xx=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, summary.errors.status, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
