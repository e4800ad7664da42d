#pragma once
// Streams rows in any of the record formats, so that listing a million
// cases does not hold them all in memory. Only the terminal table buffers,
// because its column widths depend on every row.

#include "plaint/output/records.hpp"

#include <nlohmann/json.hpp>

namespace plaint::output {

class RowWriter {
public:
    RowWriter(std::ostream& out, Format format, std::vector<std::string> columns, TableStyle style = {});
    // JSON and NDJSON rows may carry a full object instead of the columns.
    void row(const std::vector<Value>& values);
    void object(const nlohmann::ordered_json& value);
    void finish(); // closes the JSON array, prints the buffered table

private:
    std::ostream& out_;
    Format format_;
    TableStyle style_;
    Records buffered_;
    bool first_ = true;
    bool finished_ = false;
};

} // namespace plaint::output
