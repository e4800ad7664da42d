#pragma once
// Attachments as the commands show them (plaint attach, attachments, and
// show): one JSON object each (schemas/attachment.schema.json) and rows.

#include "plaint/output/records.hpp"
#include "plaint/store/register.hpp"

#include <vector>

namespace plaint::casework {

// {"id", "reference", "attached_on", "size", "media_type", "sha256",
// "correspondence", "name"}; without "name" unless `personal`.
nlohmann::ordered_json attachment_json(const store::Register::Attachment& a, bool personal);

// One row per attachment: id, attached_on, size, media_type, sha256,
// correspondence, then name when `personal`. For people (`for_people`) the
// size is written as "1.5 MiB" and the SHA-256 cut to its first 12 digits.
output::Records attachment_records(const std::vector<store::Register::Attachment>& attachments, bool personal,
                                   bool for_people);

} // namespace plaint::casework
