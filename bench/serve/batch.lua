-- batch.lua - batches of ASKF_BENCH_BATCH decisions per request over N members.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("ASKF_BENCH_KEY")
local n = tonumber(os.getenv("ASKF_BENCH_MEMBERS") or "10000")
local b = tonumber(os.getenv("ASKF_BENCH_BATCH") or "1000")
math.randomseed(os.time())
local parts = {}
for i = 1, b do
  parts[i] = string.format('{"user":"m%d","purpose":"train.generative"}', math.random(n))
end
wrk.body = '{"requests":[' .. table.concat(parts, ",") .. ']}'
dofile(os.getenv("ASKF_BENCH_DIR") .. "/report.lua")
