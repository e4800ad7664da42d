// The clocks projection: storing each case's clocks with its writes,
// recomputing them when the calendar changes (in the changing command's
// transaction: a reader never writes), and the query behind `due`.

#include "plaint/core/error.hpp"
#include "plaint/store/register_impl.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

namespace plaint::store {
namespace detail {
namespace {

std::optional<Date> date_of(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return parse_iso_date(c.getString());
}

std::vector<std::string> split_list(const SQLite::Column& c) {
    std::vector<std::string> items;
    if (c.isNull()) return items;
    const std::string text = c.getString();
    std::size_t from = 0;
    while (from < text.size()) {
        const auto comma = text.find(',', from);
        items.push_back(text.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
        if (comma == std::string::npos) break;
        from = comma + 1;
    }
    return items;
}

} // namespace

const char* const clock_columns =
    "case_ref, clock, title, status, start, due, original_due, warning, window_opens, stopped_on, working_days_late,"
    " paused_days_left, next_step, kind, waiting_for, waiting_since, breach_handled_on, breach_step, stopped_by, by_next";

reg::ClockRow read_clock(SQLite::Statement& q) {
    auto text = [&](int i) { return q.getColumn(i).isNull() ? std::string() : q.getColumn(i).getString(); };
    reg::ClockRow k;
    k.clock = text(1);
    k.title = text(2);
    k.status = text(3);
    k.start = date_of(q.getColumn(4));
    k.due = date_of(q.getColumn(5));
    k.original_due = date_of(q.getColumn(6));
    k.warning = date_of(q.getColumn(7));
    k.window_opens = date_of(q.getColumn(8));
    k.stopped_on = date_of(q.getColumn(9));
    k.working_days_late = q.getColumn(10).getInt();
    if (!q.getColumn(11).isNull()) k.paused_days_left = q.getColumn(11).getInt();
    k.next_step = text(12);
    k.kind = text(13);
    k.waiting_for = split_list(q.getColumn(14));
    k.waiting_since = date_of(q.getColumn(15));
    k.breach_handled_on = date_of(q.getColumn(16));
    k.breach_step = text(17);
    k.stopped_by = text(18);
    k.by_next = !q.getColumn(19).isNull() && q.getColumn(19).getInt() != 0;
    return k;
}

void save_clocks(SQLite::Database& db, const std::string& ref, const std::vector<reg::ClockRow>& clocks) {
    auto& clear = cached_statement(db, "DELETE FROM clocks WHERE case_ref = ?");
    clear.bind(1, ref);
    clear.exec();
    insert_clocks(db, ref, clocks);
}

void insert_clocks(SQLite::Database& db, const std::string& ref, const std::vector<reg::ClockRow>& clocks) {
    auto& insert = cached_statement(db, "INSERT INTO clocks (case_ref, clock, title, status, start, due, original_due,"
                                        " warning, window_opens, stopped_on, working_days_late, paused_days_left,"
                                        " next_step, kind, waiting_for, waiting_since, breach_handled_on, breach_step, stopped_by, by_next)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& k : clocks) {
        Binder b(insert);
        b.text(1, ref).text(2, k.clock).text(3, k.title).text(4, k.status).date(5, k.start).date(6, k.due);
        b.date(7, k.original_due).date(8, k.warning).date(9, k.window_opens).date(10, k.stopped_on);
        b.number(11, k.working_days_late).number(12, k.paused_days_left).text_or_null(13, k.next_step);
        const std::string waiting = fmt::format("{}", fmt::join(k.waiting_for, ","));
        b.text_or_null(14, k.kind).text_or_null(15, waiting).date(16, k.waiting_since).date(17, k.breach_handled_on);
        b.text_or_null(18, k.breach_step).text_or_null(19, k.stopped_by);
        b.number(20, k.stopped_on ? std::optional<int>(k.by_next ? 1 : 0) : std::nullopt);
        insert.exec();
        insert.reset();
    }
}

} // namespace detail

using namespace detail;

void Register::set_clock_projector(ClockProjector projector, std::string calendar_fingerprint) {
    impl_->projector = std::move(projector);
    impl_->calendar_fingerprint = std::move(calendar_fingerprint);
    // A reader never writes the register: stale clocks are worked out again
    // in a TEMP table of this connection, which every unqualified "clocks"
    // names from then on (SQLite looks in temp first).
    if (sqlite3_db_readonly(impl_->db.getHandle(), "main") != 1 || !clocks_stale()) return;
    translate_sqlite("working out the clocks", [&] {
        impl_->db.exec("CREATE TEMP TABLE clocks AS SELECT * FROM main.clocks");
        std::vector<reg::CaseRecord> open;
        CaseFilter only_open;
        only_open.status = CaseFilter::Status::open;
        for_each_case(only_open, [&](const reg::CaseRecord& c) { open.push_back(c); });
        for (const auto& c : open) impl_->project(c, events_of(c.ref));
    });
}

bool Register::clocks_stale() const {
    bool stale = false;
    translate_sqlite("reading the register", [&] {
        stale = impl_->db.execAndGet("SELECT clocks_calendar FROM register WHERE id = 1").getString() !=
                impl_->calendar_fingerprint;
    });
    return stale;
}

std::int64_t Register::recompute_open_clocks() {
    if (!impl_->projector) return 0;
    std::vector<reg::CaseRecord> open;
    CaseFilter only_open;
    only_open.status = CaseFilter::Status::open;
    for_each_case(only_open, [&](const reg::CaseRecord& c) { open.push_back(c); });
    for (const auto& c : open) impl_->project(c, events_of(c.ref));
    SQLite::Statement mark(impl_->db, "UPDATE register SET clocks_calendar = ? WHERE id = 1");
    mark.bind(1, impl_->calendar_fingerprint);
    mark.exec();
    return static_cast<std::int64_t>(open.size());
}

void Register::recompute_if_stale() {
    if (impl_->projector && clocks_stale()) recompute_open_clocks();
}

namespace {

reg::DueRow read_due_row(SQLite::Statement& q) {
    reg::DueRow row;
    row.clock = {q.getColumn(0).getString(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                 date_of(q.getColumn(3)), date_of(q.getColumn(4)), date_of(q.getColumn(5)),
                 date_of(q.getColumn(6)), date_of(q.getColumn(7)), date_of(q.getColumn(8)),
                 q.getColumn(9).getInt(),
                 q.getColumn(10).isNull() ? std::nullopt : std::optional<int>(q.getColumn(10).getInt()),
                 q.getColumn(11).isNull() ? std::string() : q.getColumn(11).getString(), {}, {}, {}, {}, {}, {}, false};
    row.ref = q.getColumn(12).getString();
    row.kind = q.getColumn(13).getString();
    row.procedure = q.getColumn(14).getString();
    row.state = q.getColumn(15).getString();
    if (!q.getColumn(16).isNull()) row.owner = q.getColumn(16).getString();
    if (!q.getColumn(17).isNull()) row.provider = q.getColumn(17).getString();
    if (!q.getColumn(18).isNull()) row.complainant = q.getColumn(18).getString();
    if (!q.getColumn(19).isNull()) row.clock.kind = q.getColumn(19).getString();
    row.clock.waiting_for = split_list(q.getColumn(20));
    row.clock.waiting_since = date_of(q.getColumn(21));
    row.clock.breach_handled_on = date_of(q.getColumn(22));
    if (!q.getColumn(23).isNull()) row.clock.breach_step = q.getColumn(23).getString();
    return row;
}

// The filter's conditions on the case and the clock, after `where`.
void add_filters(const DueFilter& f, std::string& where, std::vector<std::string>& values) {
    if (!f.owners.empty()) {
        where += fmt::format(" AND c.owner IN ({})", fmt::join(std::vector<std::string>(f.owners.size(), "?"), ", "));
        values.insert(values.end(), f.owners.begin(), f.owners.end());
    }
    auto text = [&](const std::optional<std::string>& v, const char* column) {
        if (!v) return;
        where += fmt::format(" AND {} = ?", column);
        values.push_back(*v);
    };
    text(f.procedure, "c.procedure");
    text(f.clock, "k.clock");
    text(f.provider, "c.provider");
}

} // namespace

void Register::for_each_open_clock(const DueFilter& f, const std::function<void(const reg::DueRow&)>& each) const {
    const std::string complainant =
        f.with_complainant ? "(SELECT p.name FROM parties p WHERE p.case_ref = c.ref AND p.role = 'complainant' ORDER BY p.id LIMIT 1)"
                           : "NULL";
    const auto run = [&](std::string where, std::vector<std::string> values, const char* order) {
        add_filters(f, where, values);
        const std::string sql = fmt::format(
            "SELECT k.clock, k.title, k.status, k.start, k.due, k.original_due, k.warning, k.window_opens, k.stopped_on,"
            " k.working_days_late, k.paused_days_left, k.next_step, c.ref, c.kind, c.procedure, c.state, c.owner, c.provider, {},"
            " k.kind, k.waiting_for, k.waiting_since, k.breach_handled_on, k.breach_step"
            " FROM clocks k JOIN cases c ON c.ref = k.case_ref WHERE {} ORDER BY {}c.year, c.number, k.clock",
            complainant, where, order);
        SQLite::Statement q(impl_->db, sql);
        for (std::size_t i = 0; i < values.size(); ++i) q.bind(static_cast<int>(i + 1), values[i]);
        while (q.executeStep()) each(read_due_row(q));
    };
    translate_sqlite("listing open clocks", [&] {
        // Running clocks by due date: a range of the partial index
        // clocks_open_by_due read in order, so SQLite sorts only the clocks
        // due on the same day (sorting them all spilled to temporary files
        // on a large register).
        std::vector<std::string> values;
        std::string where = "k.stopped_on IS NULL AND k.status = 'open'";
        if (f.due_by) {
            where += " AND k.due <= ?";
            values.push_back(f.due_by->iso());
        }
        run(where, values, "k.due, ");
        // Then those without a due date, through the partial indexes
        // clocks_waiting and clocks_paused: waiting (to chase) before paused.
        if (f.include_waiting) run("k.stopped_on IS NULL AND k.status = 'waiting'", {}, "");
        if (f.include_paused) run("k.stopped_on IS NULL AND k.status = 'paused'", {}, "");
    });
}

} // namespace plaint::store
