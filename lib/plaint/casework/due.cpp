#include "plaint/casework/due.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace plaint::casework {
namespace {

nlohmann::ordered_json text_or_null(const std::optional<std::string>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json();
}

nlohmann::ordered_json date_or_null(const std::optional<Date>& d) {
    return d ? nlohmann::ordered_json(d->iso()) : nlohmann::ordered_json();
}

DueItem classify(const reg::DueRow& row, const calendar::Calendar& cal, Date today) {
    DueItem item{row, DueStatus::due_soon, 0, false, 0};
    if (row.clock.status == "waiting") {
        item.status = DueStatus::waiting;
        if (row.clock.waiting_since) item.waited = std::max(0, cal.count_working_days(*row.clock.waiting_since, today));
        return item;
    }
    if (row.clock.status == "paused" || !row.clock.due) {
        item.status = DueStatus::paused;
        item.working_days_left = row.clock.paused_days_left.value_or(0);
        return item;
    }
    const Date due = *row.clock.due;
    item.working_days_left = cal.count_working_days(today, due);
    item.status = due < today ? DueStatus::overdue : due == today ? DueStatus::due_today : DueStatus::due_soon;
    // Late by the working days after the due date, even when today is not one.
    if (due < today) item.working_days_left = -cal.count_working_days(due, today);
    item.at_risk = item.status == DueStatus::overdue || (row.clock.warning && *row.clock.warning <= today);
    // Past due with a breach to deal with: that is the next step now.
    if (item.unhandled_breach() && !row.clock.breach_step.empty()) item.row.clock.next_step = row.clock.breach_step;
    return item;
}

} // namespace

std::string_view due_status_id(DueStatus status) {
    switch (status) {
    case DueStatus::overdue: return "overdue";
    case DueStatus::due_today: return "due-today";
    case DueStatus::due_soon: return "due-soon";
    case DueStatus::waiting: return "waiting";
    case DueStatus::paused: return "paused";
    }
    return "unknown";
}

void for_each_due_item(const store::Register& reg, const calendar::Calendar& cal, Date today, const DueQuery& q,
                       const std::function<void(DueItem&&)>& each) {
    store::DueFilter filter = q.filter;
    filter.due_by = q.overdue_only ? today - 1 : cal.add_working_days(today, q.within);
    filter.include_paused = q.include_paused;
    filter.include_waiting = q.include_waiting && !q.overdue_only && !q.at_risk_only;
    reg.for_each_open_clock(filter, [&](const reg::DueRow& row) {
        DueItem item = classify(row, cal, today);
        if (item.status == DueStatus::paused && !q.include_paused) return;
        if (item.status == DueStatus::waiting && !filter.include_waiting) return;
        if (q.at_risk_only && !item.at_risk) return;
        each(std::move(item));
    });
}

std::vector<DueItem> due_items(const store::Register& reg, const calendar::Calendar& cal, Date today, const DueQuery& q) {
    std::vector<DueItem> items;
    for_each_due_item(reg, cal, today, q, [&](DueItem&& item) { items.push_back(std::move(item)); });
    return items;
}

DueCounts count(const std::vector<DueItem>& items) {
    DueCounts c;
    for (const auto& i : items) {
        if (i.status == DueStatus::overdue) ++c.overdue;
        if (i.status == DueStatus::overdue && !i.unhandled_breach()) ++c.handled;
        if (i.status == DueStatus::waiting) ++c.waiting;
        if (i.status == DueStatus::due_today) ++c.due_today;
        if (i.status == DueStatus::due_soon) ++c.due_soon;
        if (i.status == DueStatus::paused) ++c.paused;
    }
    return c;
}

std::string summary(const DueCounts& c, int within) {
    std::string text = fmt::format("{} overdue{}, {} due today, {} due within {} working day{}", c.overdue,
                                   c.handled ? fmt::format(" ({} dealt with)", c.handled) : "", c.due_today,
                                   c.due_soon, within, within == 1 ? "" : "s");
    if (c.waiting) text += fmt::format(", {} waiting", c.waiting);
    if (c.paused) text += fmt::format(", {} paused", c.paused);
    return text;
}

nlohmann::ordered_json due_json(const DueItem& i, bool personal) {
    nlohmann::ordered_json doc{{"reference", i.row.ref},
                               {"clock", i.row.clock.clock},
                               {"title", i.row.clock.title},
                               {"due", date_or_null(i.row.clock.due)},
                               {"working_days_left", i.working_days_left},
                               {"status", due_status_id(i.status)},
                               {"at_risk", i.at_risk},
                               {"warning", date_or_null(i.row.clock.warning)},
                               {"start", date_or_null(i.row.clock.start)},
                               {"state", i.row.state},
                               {"kind", i.row.kind},
                               {"procedure", i.row.procedure},
                               {"owner", text_or_null(i.row.owner)},
                               {"provider", text_or_null(i.row.provider)},
                               {"next_step", i.row.clock.next_step.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(i.row.clock.next_step)},
                               {"clock_kind", i.row.clock.kind.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(i.row.clock.kind)},
                               {"waiting_for", i.row.clock.waiting_for},
                               {"waiting_since", date_or_null(i.row.clock.waiting_since)},
                               {"waited", i.waited},
                               {"breach_handled_on", date_or_null(i.row.clock.breach_handled_on)}};
    if (personal) doc["complainant"] = text_or_null(i.row.complainant);
    return doc;
}

namespace {

void append_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", static_cast<int>(c));
            else out += c;
        }
    }
    out += '"';
}

void append_optional(std::string& out, const std::optional<std::string>& v) {
    if (v) append_string(out, *v);
    else out += "null";
}

// "YYYY-MM-DD" written digit by digit: the JSON of a big `due` run is mostly
// dates, and formatting each through fmt cost more than the query.
void append_date(std::string& out, const std::optional<Date>& d) {
    if (!d) {
        out += "null";
        return;
    }
    const YearMonthDay ymd = d->ymd();
    const auto digit = [](int n) { return static_cast<char>('0' + n % 10); };
    const char text[] = {'"', digit(ymd.year / 1000), digit(ymd.year / 100), digit(ymd.year / 10), digit(ymd.year), '-',
                         digit(ymd.month / 10), digit(ymd.month), '-', digit(ymd.day / 10), digit(ymd.day), '"'};
    out.append(text, sizeof text);
}

void append_int(std::string& out, int n) {
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end);
}

} // namespace

void append_due_json(std::string& out, const DueItem& i, bool personal) {
    const auto& k = i.row.clock;
    out += "{\"reference\":";
    append_string(out, i.row.ref);
    out += ",\"clock\":";
    append_string(out, k.clock);
    out += ",\"title\":";
    append_string(out, k.title);
    out += ",\"due\":";
    append_date(out, k.due);
    out += ",\"working_days_left\":";
    append_int(out, i.working_days_left);
    out += ",\"status\":\"";
    out += due_status_id(i.status);
    out += i.at_risk ? "\",\"at_risk\":true,\"warning\":" : "\",\"at_risk\":false,\"warning\":";
    append_date(out, k.warning);
    out += ",\"start\":";
    append_date(out, k.start);
    out += ",\"state\":";
    append_string(out, i.row.state);
    out += ",\"kind\":";
    append_string(out, i.row.kind);
    out += ",\"procedure\":";
    append_string(out, i.row.procedure);
    out += ",\"owner\":";
    append_optional(out, i.row.owner);
    out += ",\"provider\":";
    append_optional(out, i.row.provider);
    out += ",\"next_step\":";
    append_optional(out, k.next_step.empty() ? std::nullopt : std::optional<std::string>(k.next_step));
    out += ",\"clock_kind\":";
    append_optional(out, k.kind.empty() ? std::nullopt : std::optional<std::string>(k.kind));
    out += ",\"waiting_for\":[";
    for (std::size_t n = 0; n < k.waiting_for.size(); ++n) {
        if (n) out += ',';
        append_string(out, k.waiting_for[n]);
    }
    out += "],\"waiting_since\":";
    append_date(out, k.waiting_since);
    out += ",\"waited\":";
    append_int(out, i.waited);
    out += ",\"breach_handled_on\":";
    append_date(out, k.breach_handled_on);
    if (personal) {
        out += ",\"complainant\":";
        append_optional(out, i.row.complainant);
    }
    out += '}';
}

} // namespace plaint::casework
