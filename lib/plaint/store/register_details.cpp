// A case's aspects, lessons and actions: the child tables of the projection
// (schemas/006_classification.sql), written and read with statements
// prepared once per transaction.

#include "plaint/core/error.hpp"
#include "plaint/store/register_impl.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

namespace plaint::store::detail {
namespace {

void run(SQLite::Statement& s) {
    s.exec();
    s.reset();
}

Date required_date(const SQLite::Column& c) {
    if (auto d = parse_iso_date(c.getString())) return *d;
    throw StoreError(fmt::format("the register holds an invalid date '{}' in column {}", c.getString(), c.getName()));
}

std::optional<Date> optional_date(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return required_date(c);
}

std::optional<std::string> optional_text(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getString();
}

} // namespace

DetailWriter::DetailWriter(SQLite::Database& db)
    : delete_aspects_(db, "DELETE FROM case_aspects WHERE case_ref = ?"),
      delete_lessons_(db, "DELETE FROM case_lessons WHERE case_ref = ?"),
      delete_actions_(db, "DELETE FROM case_actions WHERE case_ref = ?"),
      delete_links_(db, "DELETE FROM case_links WHERE case_ref = ?"),
      delete_contributions_(db, "DELETE FROM case_contributions WHERE case_ref = ?"),
      insert_aspect_(db, "INSERT INTO case_aspects (case_ref, position, subject, service, profession) VALUES (?, ?, ?, ?, ?)"),
      insert_lesson_(db, "INSERT INTO case_lessons (case_ref, number, recorded_on, lesson) VALUES (?, ?, ?, ?)"),
      insert_action_(db, "INSERT INTO case_actions (case_ref, number, action, owner, due, added_on, done_on)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)"),
      insert_link_(db, "INSERT INTO case_links (case_ref, other_ref, relation, linked_on) VALUES (?, ?, ?, ?)"),
      insert_contribution_(db, "INSERT INTO case_contributions (case_ref, number, requested_of, requested_on, due,"
                               " received_on) VALUES (?, ?, ?, ?, ?, ?)") {}

void DetailWriter::write(const reg::CaseRecord& r, bool replace) {
    if (replace) {
        for (auto* s : {&delete_aspects_, &delete_lessons_, &delete_actions_, &delete_links_, &delete_contributions_}) {
            s->bind(1, r.ref);
            run(*s);
        }
    }
    int position = 0;
    for (const auto& a : r.aspects) {
        Binder(insert_aspect_).text(1, r.ref).number(2, ++position).text(3, a.subject).text_or_null(4, a.service)
            .text_or_null(5, a.profession);
        run(insert_aspect_);
    }
    for (const auto& l : r.lessons) {
        Binder b(insert_lesson_);
        b.text(1, r.ref).number(2, l.number).date(3, l.recorded_on).text(4, l.text);
        run(insert_lesson_);
    }
    for (const auto& a : r.actions) {
        Binder b(insert_action_);
        b.text(1, r.ref).number(2, a.number).text(3, a.text).text(4, a.owner).date(5, a.due).date(6, a.added_on);
        b.date(7, a.done_on);
        run(insert_action_);
    }
    for (const auto& l : r.links) {
        Binder b(insert_link_);
        b.text(1, r.ref).text(2, l.other).text(3, l.relation).date(4, l.linked_on);
        run(insert_link_);
    }
    for (const auto& c : r.contributions) {
        Binder b(insert_contribution_);
        b.text(1, r.ref).number(2, c.number).text(3, c.requested_of).date(4, c.requested_on).date(5, c.due);
        b.date(6, c.received_on);
        run(insert_contribution_);
    }
}

namespace {

// Each detail table's columns, from column `c` of its statement on.
reg::Aspect aspect_at(SQLite::Statement& q, int c) {
    return {q.getColumn(c).getString(), q.getColumn(c + 1).getString(), q.getColumn(c + 2).getString()};
}
reg::Lesson lesson_at(SQLite::Statement& q, int c) {
    return {q.getColumn(c).getInt(), required_date(q.getColumn(c + 1)), q.getColumn(c + 2).getString()};
}
reg::Action action_at(SQLite::Statement& q, int c) {
    return {q.getColumn(c).getInt(), q.getColumn(c + 1).getString(), optional_text(q.getColumn(c + 2)),
            optional_date(q.getColumn(c + 3)), required_date(q.getColumn(c + 4)), optional_date(q.getColumn(c + 5))};
}
reg::Link link_at(SQLite::Statement& q, int c) {
    return {q.getColumn(c).getString(), q.getColumn(c + 1).getString(), required_date(q.getColumn(c + 2))};
}
reg::Contribution contribution_at(SQLite::Statement& q, int c) {
    return {q.getColumn(c).getInt(), q.getColumn(c + 1).getString(), required_date(q.getColumn(c + 2)),
            required_date(q.getColumn(c + 3)), optional_date(q.getColumn(c + 4))};
}

const char* const aspect_columns = "subject, service, profession";
const char* const lesson_columns = "number, recorded_on, lesson";
const char* const action_columns = "number, action, owner, due, added_on, done_on";
const char* const link_columns = "other_ref, relation, linked_on";
const char* const contribution_columns = "number, requested_of, requested_on, due, received_on";

// A case's links in the order they are kept in a record.
void order_links(std::vector<reg::Link>& links) {
    std::sort(links.begin(), links.end(), [](const reg::Link& a, const reg::Link& b) {
        return std::tie(a.linked_on, a.other, a.relation) < std::tie(b.linked_on, b.other, b.relation);
    });
}

void clear_details(reg::CaseRecord& r) {
    r.aspects.clear();
    r.lessons.clear();
    r.actions.clear();
    r.links.clear();
    r.contributions.clear();
}

// Reads a case's rows of one table with a statement bound to its reference.
template <typename Row, typename Read>
void read_bound(SQLite::Statement& q, const std::string& ref, std::vector<Row>& rows, Read read) {
    q.bind(1, ref);
    while (q.executeStep()) rows.push_back(read(q, 0));
    q.reset();
}

} // namespace

DetailReader::DetailReader(SQLite::Database& db)
    : aspects_(db, fmt::format("SELECT {} FROM case_aspects WHERE case_ref = ? ORDER BY position", aspect_columns)),
      lessons_(db, fmt::format("SELECT {} FROM case_lessons WHERE case_ref = ? ORDER BY number", lesson_columns)),
      actions_(db, fmt::format("SELECT {} FROM case_actions WHERE case_ref = ? ORDER BY number", action_columns)),
      links_(db, fmt::format("SELECT {} FROM case_links WHERE case_ref = ?", link_columns)),
      contributions_(db, fmt::format("SELECT {} FROM case_contributions WHERE case_ref = ? ORDER BY number",
                                     contribution_columns)) {}

void DetailReader::read(reg::CaseRecord& r) {
    clear_details(r);
    read_bound(aspects_, r.ref, r.aspects, aspect_at);
    read_bound(lessons_, r.ref, r.lessons, lesson_at);
    read_bound(actions_, r.ref, r.actions, action_at);
    read_bound(links_, r.ref, r.links, link_at);
    order_links(r.links);
    read_bound(contributions_, r.ref, r.contributions, contribution_at);
}

namespace {

// The rows of `case_ref` from a cursor; rows of cases before it (of no case:
// orphan_details) are passed over.
template <typename Row, typename Read>
void read_rows(ByCase& cursor, const std::string& case_ref, std::vector<Row>& rows, Read read_row) {
    for (; cursor.before(case_ref); cursor.step()) {}
    for (; cursor.at(case_ref); cursor.step()) rows.push_back(read_row(cursor.row(), 1));
}

} // namespace

DetailCursor::DetailCursor(SQLite::Database& db)
    : aspects_(db, fmt::format("SELECT case_ref, {} FROM case_aspects ORDER BY case_ref, position", aspect_columns)),
      lessons_(db, fmt::format("SELECT case_ref, {} FROM case_lessons ORDER BY case_ref, number", lesson_columns)),
      actions_(db, fmt::format("SELECT case_ref, {} FROM case_actions ORDER BY case_ref, number", action_columns)),
      links_(db, fmt::format("SELECT case_ref, {} FROM case_links ORDER BY case_ref, other_ref, relation", link_columns)),
      contributions_(db, fmt::format("SELECT case_ref, {} FROM case_contributions ORDER BY case_ref, number",
                                     contribution_columns)) {}

void DetailCursor::read(reg::CaseRecord& r) {
    clear_details(r);
    read_rows(aspects_, r.ref, r.aspects, aspect_at);
    read_rows(lessons_, r.ref, r.lessons, lesson_at);
    read_rows(actions_, r.ref, r.actions, action_at);
    read_rows(links_, r.ref, r.links, link_at);
    order_links(r.links);
    read_rows(contributions_, r.ref, r.contributions, contribution_at);
}

std::vector<std::string> orphan_details(SQLite::Database& db) {
    std::vector<std::string> refs;
    SQLite::Statement q(db, "SELECT case_ref FROM case_aspects UNION SELECT case_ref FROM case_lessons"
                            " UNION SELECT case_ref FROM case_actions UNION SELECT case_ref FROM case_links"
                            " UNION SELECT case_ref FROM case_contributions EXCEPT SELECT ref FROM cases");
    while (q.executeStep()) refs.push_back(q.getColumn(0).getString());
    return refs;
}

} // namespace plaint::store::detail
