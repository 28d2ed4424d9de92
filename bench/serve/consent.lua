-- consent.lua - durable consent writes: PUT /v1/me/consent/train.other as a
-- random member (tokens from ASKF_BENCH_TOKENS, one per line).
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
local tokens = {}
for line in io.lines(os.getenv("ASKF_BENCH_TOKENS")) do tokens[#tokens + 1] = line end
math.randomseed(os.time())
request = function()
  local h = {["Authorization"] = "Bearer " .. tokens[math.random(#tokens)],
             ["Content-Type"] = "application/json"}
  return wrk.format("PUT", "/v1/me/consent/train.other", h, '{"choice":"refuse"}')
end
dofile(os.getenv("ASKF_BENCH_DIR") .. "/report.lua")
