-- What every wrk script of ops/bench/ prints at the end: one line that ops/bench/run.sh reads.
-- Errors are answers other than 2xx/3xx plus sockets that failed (connect, read, write, timeout).
local result = {}
function result.done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT requests=%d errors=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, errors.status + errors.connect + errors.read + errors.write + errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
return result
