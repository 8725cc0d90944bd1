-- wrk script: GET a random path from the file named by BENCH_PATHS (one path and query a line), or the URL's own
-- path when BENCH_PATHS is unset.
package.path = os.getenv("BENCH_DIR") .. "/?.lua;" .. package.path
local paths = {}
local file = os.getenv("BENCH_PATHS")
if file and file ~= "" then
  for line in io.lines(file) do paths[#paths + 1] = line end
end
math.randomseed(42)
if #paths > 0 then
  request = function()
    return wrk.format("GET", paths[math.random(#paths)])
  end
end
done = require("result").done
