#include "plaint/casework/attachments.hpp"

#include "plaint/core/size.hpp"

namespace plaint::casework {

nlohmann::ordered_json attachment_json(const store::Register::Attachment& a, bool personal) {
    nlohmann::ordered_json doc = {{"id", a.id},
                                  {"reference", a.case_ref},
                                  {"attached_on", a.attached_on.iso()},
                                  {"size", a.size},
                                  {"media_type", a.media_type},
                                  {"sha256", a.sha256},
                                  {"correspondence", nullptr}};
    if (a.correspondence_id) doc["correspondence"] = *a.correspondence_id;
    if (personal) doc["name"] = a.name;
    return doc;
}

output::Records attachment_records(const std::vector<store::Register::Attachment>& attachments, bool personal,
                                   bool for_people) {
    output::Records records{{"id", "attached_on", "size", "media_type", "sha256", "correspondence"}, {}};
    if (personal) records.columns.push_back("name");
    for (const auto& a : attachments) {
        std::vector<output::Value> row;
        row.emplace_back(a.id);
        row.emplace_back(a.attached_on.iso());
        if (for_people) row.emplace_back(format_size(a.size));
        else row.emplace_back(a.size);
        row.emplace_back(a.media_type);
        row.emplace_back(for_people ? a.sha256.substr(0, 12) : a.sha256);
        if (a.correspondence_id) row.emplace_back(*a.correspondence_id);
        else row.emplace_back();
        if (personal) row.emplace_back(a.name);
        records.add(std::move(row));
    }
    return records;
}

} // namespace plaint::casework
