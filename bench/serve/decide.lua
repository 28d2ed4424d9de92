-- decide.lua - one decision per request, keep-alive, random member of N.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = os.getenv("ASKF_BENCH_KEY")
local n = tonumber(os.getenv("ASKF_BENCH_MEMBERS") or "10000")
local purposes = {"train.generative", "train.other", "personalization"}
math.randomseed(os.time())
request = function()
  local body = string.format('{"user":"m%d","purpose":"%s"}', math.random(n), purposes[math.random(3)])
  return wrk.format(nil, nil, nil, body)
end
dofile(os.getenv("ASKF_BENCH_DIR") .. "/report.lua")
