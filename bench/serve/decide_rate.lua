-- decide_rate.lua - decide.lua at a bounded rate: before each request a
-- connection waits CONNS / RATE seconds (wrk waits whole milliseconds, so the
-- fractions are carried over to the next requests of the thread), so CONNS
-- connections offer a little under RATE requests/s (each request's own latency
-- is added to the wait) instead of as many as the machine can take. The tail
-- then measures the server at that load rather than a saturated queue; the
-- report line gives the rate actually reached.
dofile(os.getenv("ASKF_BENCH_DIR") .. "/decide.lua")
local wait_ms = tonumber(os.getenv("ASKF_BENCH_CONNS")) * 1000 / tonumber(os.getenv("ASKF_BENCH_RATE"))
local carried = 0
delay = function()
  carried = carried + wait_ms
  local whole = math.floor(carried)
  carried = carried - whole
  return whole
end
