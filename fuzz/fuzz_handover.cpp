// The parse worker's hand-over (core/handover/feed_wire.h) on any bytes. Two readings of the
// input: as a feed — when it parses, encoding the model and decoding it gives the same model
// back, in whatever part size; and as hand-over bytes themselves — the decoder refuses or
// returns a whole feed, never reads past its input (ASan) or allocates for counts the input
// cannot hold, and what it returns survives a second round trip unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/feed_json.h"
#include "core/handover/feed_wire.h"
#include "core/parse.h"
#include "fuzz_checks.h"

namespace {

std::string model_of(const fv::Feed& f) {
  return fv::feed_to_json(f, -1) + "|" + std::to_string(f.schedule.ttl_minutes.value_or(-1)) + "|" +
         std::to_string(f.schedule.skip_hours) + "|" + std::to_string(f.schedule.skip_days);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  fv::ParseOptions options;
  options.max_items = 500;
  fv::ParseResult r = fv::parse_feed(bytes, options);
  if (r.ok) {
    const std::size_t part_bytes = 64 + size % 4096;  // small parts: many part boundaries
    fv::Feed back;
    FV_FUZZ_CHECK(fv::handover::decode_feed(fv::handover::encode_feed(r.feed, part_bytes), back),
                  "a parsed feed did not survive the hand-over");
    FV_FUZZ_CHECK(model_of(back) == model_of(r.feed), "the hand-over changed the model");
  }

  fv::Feed decoded;
  if (fv::handover::decode_feed(bytes, decoded)) {
    fv::Feed again;
    FV_FUZZ_CHECK(fv::handover::decode_feed(fv::handover::encode_feed(decoded), again),
                  "a decoded feed did not encode again");
    FV_FUZZ_CHECK(model_of(again) == model_of(decoded), "decode → encode → decode changed it");
  }
  return 0;
}
