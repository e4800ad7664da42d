// A case's aspects, lessons and actions: the child tables of the projection
// (schemas/006_classification.sql), written and read with statements
// prepared once per transaction.

#include "plaint/core/error.hpp"
#include "plaint/store/register_impl.hpp"

#include <fmt/format.h>

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
      insert_aspect_(db, "INSERT INTO case_aspects (case_ref, position, subject, service, profession) VALUES (?, ?, ?, ?, ?)"),
      insert_lesson_(db, "INSERT INTO case_lessons (case_ref, number, recorded_on, lesson) VALUES (?, ?, ?, ?)"),
      insert_action_(db, "INSERT INTO case_actions (case_ref, number, action, owner, due, added_on, done_on)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)") {}

void DetailWriter::write(const reg::CaseRecord& r, bool replace) {
    if (replace) {
        for (auto* s : {&delete_aspects_, &delete_lessons_, &delete_actions_}) {
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
}

DetailReader::DetailReader(SQLite::Database& db)
    : aspects_(db, "SELECT subject, service, profession FROM case_aspects WHERE case_ref = ? ORDER BY position"),
      lessons_(db, "SELECT number, recorded_on, lesson FROM case_lessons WHERE case_ref = ? ORDER BY number"),
      actions_(db, "SELECT number, action, owner, due, added_on, done_on FROM case_actions WHERE case_ref = ?"
                   " ORDER BY number") {}

void DetailReader::read(reg::CaseRecord& r) {
    r.aspects.clear();
    r.lessons.clear();
    r.actions.clear();
    aspects_.bind(1, r.ref);
    while (aspects_.executeStep())
        r.aspects.push_back({aspects_.getColumn(0).getString(), aspects_.getColumn(1).getString(),
                             aspects_.getColumn(2).getString()});
    aspects_.reset();
    lessons_.bind(1, r.ref);
    while (lessons_.executeStep())
        r.lessons.push_back({lessons_.getColumn(0).getInt(), required_date(lessons_.getColumn(1)),
                             lessons_.getColumn(2).getString()});
    lessons_.reset();
    actions_.bind(1, r.ref);
    while (actions_.executeStep())
        r.actions.push_back({actions_.getColumn(0).getInt(), actions_.getColumn(1).getString(),
                             optional_text(actions_.getColumn(2)), optional_date(actions_.getColumn(3)),
                             required_date(actions_.getColumn(4)), optional_date(actions_.getColumn(5))});
    actions_.reset();
}

std::vector<std::string> orphan_details(SQLite::Database& db) {
    std::vector<std::string> refs;
    SQLite::Statement q(db, "SELECT case_ref FROM case_aspects UNION SELECT case_ref FROM case_lessons"
                            " UNION SELECT case_ref FROM case_actions EXCEPT SELECT ref FROM cases");
    while (q.executeStep()) refs.push_back(q.getColumn(0).getString());
    return refs;
}

} // namespace plaint::store::detail
