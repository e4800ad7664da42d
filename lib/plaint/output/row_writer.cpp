#include "plaint/output/row_writer.hpp"

#include <fmt/format.h>

#include <sstream>

namespace plaint::output {

RowWriter::RowWriter(std::ostream& out, Format format, std::vector<std::string> columns, TableStyle style)
    : out_(out), format_(format), style_(style), buffered_{std::move(columns), {}} {
    if (format_ == Format::json) out_ << '[';
    if (format_ == Format::csv || format_ == Format::tsv) {
        Records header{buffered_.columns, {}};
        write(out_, header, format_, style_);
    }
}

void RowWriter::row(const std::vector<Value>& values) {
    Records one{buffered_.columns, {values}};
    switch (format_) {
    case Format::table: buffered_.rows.push_back(values); return;
    case Format::csv:
    case Format::tsv: {
        std::ostringstream text;
        write(text, one, format_, style_);
        const std::string all = text.str();
        out_ << all.substr(all.find('\n') + 1); // without the header line
        return;
    }
    case Format::json:
    case Format::ndjson: {
        nlohmann::ordered_json value = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto& v = values[i];
            auto& slot = value[buffered_.columns[i]];
            if (auto* s = std::get_if<std::string>(&v)) slot = *s;
            else if (auto* n = std::get_if<std::int64_t>(&v)) slot = *n;
            else if (auto* b = std::get_if<bool>(&v)) slot = *b;
        }
        object(value);
        return;
    }
    }
}

void RowWriter::object(const nlohmann::ordered_json& value) {
    if (format_ == Format::json) {
        out_ << (first_ ? "\n  " : ",\n  ") << value.dump();
    } else {
        out_ << value.dump() << '\n';
    }
    first_ = false;
}

void RowWriter::finish() {
    if (finished_) return;
    finished_ = true;
    if (format_ == Format::json) out_ << (first_ ? "]\n" : "\n]\n");
    if (format_ == Format::table) write_table(out_, buffered_, style_);
}

} // namespace plaint::output
