// plaint/config: TOML layers in their written order (defaults < system file
// < user file < environment < --config < flags), the origin of every value,
// and errors that name file:line:column.

#include "plaint/config/config.hpp"
#include "plaint/core/error.hpp"
#include "support/dates.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace plaint::config;
using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using plaint::DataError;
using plaint::Date;
using plaint::UsageError;
using plaint::test::d;
using plaint::test::TempDir;

namespace {

// A settings object from one TOML text applied over the defaults.
Settings from_text(const std::string& text, const std::string& origin = "office.toml") {
    Settings settings = load({});
    apply_toml(settings, text, origin);
    return settings;
}

std::string error_of(const std::string& text) {
    try {
        from_text(text);
    } catch (const DataError& e) {
        return e.what();
    }
    return "no error";
}

// One file for each layer, each naming its own division and register.
struct Layers {
    TempDir dir;
    Sources sources;

    Layers() {
        sources.system_file = dir.write("etc/config.toml", "register = \"system.plaint\"\n"
                                                           "[calendar]\ndivision = \"scotland\"\nreceipt = \"next-working-day\"\n");
        sources.user_file = dir.write("user/config.toml", "register = \"user.plaint\"\nuser = \"alice\"\n"
                                                          "[calendar]\ndivision = \"northern-ireland\"\n");
        sources.explicit_file = dir.write("explicit.toml", "\n[calendar]\ndivision = \"england-and-wales\"\n");
    }
    std::string path(const char* name) const { return (dir / name).string(); }
};

} // namespace

TEST_CASE("built-in defaults, each with the origin 'default'", "[config]") {
    const Settings s = load({});
    CHECK(s.division == "england-and-wales");
    CHECK(s.receipt == "day-zero");
    CHECK(s.register_path.empty());
    CHECK(s.user.empty());
    CHECK(s.color == "auto");
    CHECK(s.due_within == 5);
    CHECK(s.holidays.empty());
    CHECK(s.closures.empty());
    CHECK(s.cancelled.empty());
    CHECK(s.people.empty());
    for (const char* key : {"calendar.division", "calendar.receipt", "register", "user", "color"})
        CHECK(s.origin.at(key) == "default");
    const auto spec = s.calendar_spec();
    CHECK(spec.division == plaint::calendar::Division::england_and_wales);
}

TEST_CASE("later layers win: system < user < environment < --config < --calendar", "[config][precedence]") {
    Layers layers;
    Sources sources = layers.sources;
    sources.explicit_file.reset();

    SECTION("system file alone") {
        sources.user_file.reset();
        const Settings s = load(sources);
        CHECK(s.division == "scotland");
        CHECK(s.receipt == "next-working-day");
        CHECK(s.origin.at("calendar.division") == layers.path("etc/config.toml") + ":3:12");
        CHECK(s.origin.at("calendar.receipt") == layers.path("etc/config.toml") + ":4:11");
        CHECK(s.origin.at("register") == layers.path("etc/config.toml") + ":1:12");
    }
    SECTION("the user file over the system file; values it does not set stay") {
        const Settings s = load(sources);
        CHECK(s.division == "northern-ireland");
        CHECK(s.register_path == "user.plaint");
        CHECK(s.receipt == "next-working-day");
        CHECK(s.user == "alice");
        CHECK(s.origin.at("calendar.division") == layers.path("user/config.toml") + ":4:12");
        CHECK(s.origin.at("calendar.receipt") == layers.path("etc/config.toml") + ":4:11");
        CHECK(s.origin.at("user") == layers.path("user/config.toml") + ":2:8");
    }
    SECTION("the environment over the files") {
        sources.environment = {{"PLAINT_CALENDAR", "scotland"}, {"PLAINT_REGISTER", "env.plaint"},
                               {"PLAINT_USER", "bob"}};
        const Settings s = load(sources);
        CHECK(s.division == "scotland");
        CHECK(s.register_path == "env.plaint");
        CHECK(s.user == "bob");
        CHECK(s.origin.at("calendar.division") == "environment PLAINT_CALENDAR");
        CHECK(s.origin.at("register") == "environment PLAINT_REGISTER");
        CHECK(s.origin.at("user") == "environment PLAINT_USER");
    }
    SECTION("empty environment variables are not set") {
        sources.environment = {{"PLAINT_CALENDAR", ""}, {"PLAINT_REGISTER", ""}};
        const Settings s = load(sources);
        CHECK(s.division == "northern-ireland");
        CHECK(s.register_path == "user.plaint");
    }
    SECTION("--config over the environment") {
        sources.environment = {{"PLAINT_CALENDAR", "scotland"}};
        sources.explicit_file = layers.sources.explicit_file;
        const Settings s = load(sources);
        CHECK(s.division == "england-and-wales");
        CHECK(s.origin.at("calendar.division") == layers.path("explicit.toml") + ":3:12");
    }
    SECTION("--calendar over everything") {
        sources.environment = {{"PLAINT_CALENDAR", "scotland"}};
        sources.explicit_file = layers.sources.explicit_file;
        sources.division_flag = "united-kingdom";
        const Settings s = load(sources);
        CHECK(s.division == "united-kingdom");
        CHECK(s.origin.at("calendar.division") == "--calendar");
        CHECK(s.calendar_spec().division == plaint::calendar::Division::united_kingdom);
    }
}

TEST_CASE("the standard places: XDG, HOME and PLAINT_SYSTEM_CONFIG", "[config][precedence]") {
    SECTION("an absolute XDG_CONFIG_HOME") {
        const Sources s = standard_sources({{"XDG_CONFIG_HOME", "/x/conf"}, {"HOME", "/home/a"}});
        CHECK(s.system_file == std::filesystem::path("/etc/plaint/config.toml"));
        CHECK(s.user_file == std::filesystem::path("/x/conf/plaint/config.toml"));
        CHECK(s.imports_file == std::filesystem::path("/x/conf/plaint/imported-holidays.toml"));
        CHECK_FALSE(s.explicit_file);
        CHECK(s.environment.at("HOME") == "/home/a");
    }
    SECTION("a relative or empty XDG_CONFIG_HOME is ignored for HOME/.config") {
        CHECK(standard_sources({{"XDG_CONFIG_HOME", "conf"}, {"HOME", "/home/a"}}).user_file ==
              std::filesystem::path("/home/a/.config/plaint/config.toml"));
        CHECK(user_config_dir({{"XDG_CONFIG_HOME", ""}, {"HOME", "/home/a"}}) ==
              std::filesystem::path("/home/a/.config/plaint"));
    }
    SECTION("neither: no user file") {
        const Sources s = standard_sources({});
        CHECK_FALSE(s.user_file);
        CHECK_FALSE(s.imports_file);
    }
    SECTION("PLAINT_SYSTEM_CONFIG names the system file; empty, none is read") {
        CHECK(standard_sources({{"PLAINT_SYSTEM_CONFIG", "/t/sys.toml"}}).system_file ==
              std::filesystem::path("/t/sys.toml"));
        Sources s = standard_sources({{"PLAINT_SYSTEM_CONFIG", ""}});
        CHECK(load(s).origin.at("calendar.division") == "default");
    }
}

TEST_CASE("a user file found through XDG_CONFIG_HOME is read", "[config][precedence]") {
    TempDir dir;
    dir.write("xdg/plaint/config.toml", "[calendar]\ndivision = \"scotland\"\n");
    const Settings s = load(standard_sources({{"XDG_CONFIG_HOME", (dir / "xdg").string()},
                                              {"PLAINT_SYSTEM_CONFIG", (dir / "none.toml").string()}}));
    CHECK(s.division == "scotland");
    CHECK(s.origin.at("calendar.division") == (dir / "xdg/plaint/config.toml").string() + ":2:12");
}

TEST_CASE("missing files: skipped, except --config", "[config][errors]") {
    TempDir dir;
    Sources sources;
    sources.system_file = dir / "absent.toml";
    sources.user_file = dir / "absent-too.toml";
    CHECK(load(sources).division == "england-and-wales");
    sources.explicit_file = dir / "office.toml";
    CHECK_THROWS_WITH(load(sources), Equals("configuration file " + (dir / "office.toml").string() + " does not exist"));
    sources.explicit_file = dir.path();
    CHECK_THROWS_WITH(load(sources), Contains("is a directory"));
}

TEST_CASE("lists add up across layers: closures, holidays and not_holidays", "[config][calendar]") {
    TempDir dir;
    Sources sources;
    sources.system_file = dir.write("sys.toml", "[calendar]\nclosures = [2026-12-29]\n");
    sources.user_file = dir.write("user.toml", "[calendar]\n"
                                               "closures = [{ date = 2026-12-30, name = \"Christmas closure\" }, \"2026-12-31\"]\n"
                                               "holidays = [2027-06-14, { date = 2027-06-15 }]\n"
                                               "not_holidays = [2026-12-28]\n");
    const Settings s = load(sources);
    REQUIRE(s.closures.size() == 3);
    CHECK(s.closures[0].date == d("2026-12-29"));
    CHECK(s.closures[0].name == "Closure day");
    CHECK(s.closures[0].kind == plaint::calendar::DayOffKind::closure);
    CHECK(s.closures[0].source == (dir / "sys.toml").string());
    CHECK(s.closures[1].name == "Christmas closure");
    CHECK(s.closures[2].date == d("2026-12-31"));
    REQUIRE(s.holidays.size() == 2);
    CHECK(s.holidays[0].name == "Bank holiday");
    CHECK(s.holidays[0].kind == plaint::calendar::DayOffKind::bank_holiday);
    CHECK(s.holidays[1].date == d("2027-06-15"));
    CHECK(s.cancelled == std::vector<Date>{d("2026-12-28")});
    // A list names every source that added to it.
    CHECK(s.origin.at("calendar.closures") ==
          (dir / "sys.toml").string() + ":2:12; " + (dir / "user.toml").string() + ":2:12");
    CHECK(s.origin.at("calendar.holidays") == (dir / "user.toml").string() + ":3:12");

    //     December 2026
    // Mo Tu We Th Fr Sa Su
    // 21 22 23 24 25 26 27    25 Christmas Day, 26 Boxing Day (Saturday)
    // 28 29 30 31             28 Boxing Day substitute, cancelled here; 29-31 closures
    const auto cal = plaint::calendar::Calendar::build(s.calendar_spec());
    CHECK(cal.is_working_day(d("2026-12-28")));
    CHECK_FALSE(cal.is_working_day(d("2026-12-29")));
    CHECK(cal.day_off_reason(d("2026-12-30")) == std::optional<std::string>("closure: Christmas closure"));
    CHECK(cal.add_working_days(d("2026-12-24"), 2) == d("2027-01-04")); // 28, then 1 Jan is New Year's Day
    CHECK_FALSE(cal.is_working_day(d("2027-06-14")));
}

TEST_CASE("the due table: within, and the people tables: people.NAME", "[config]") {
    const Settings s = from_text("[due]\nwithin = 10\n"
                                 "[people.alice]\nemail = \"alice@example.org\"\nteam = \"complaints\"\nname = \"Alice A\"\n"
                                 "[people.bob]\nteam = \"patient-experience\"\n");
    CHECK(s.due_within == 10);
    CHECK(s.origin.at("due.within") == "office.toml:2:10");
    REQUIRE(s.people.size() == 2);
    CHECK(s.people.at("alice").email == "alice@example.org");
    CHECK(s.people.at("alice").team == "complaints");
    CHECK(s.people.at("alice").name == "Alice A");
    CHECK(s.people.at("bob").email.empty());
    CHECK(s.people.at("bob").team == "patient-experience");
    CHECK(from_text("[due]\nwithin = 0\n").due_within == 0);
}

TEST_CASE("the attachments table: max_size as a size or a number of bytes", "[config]") {
    CHECK(from_text("").attachments.max_size == 64 << 20);
    const Settings s = from_text("[attachments]\nmax_size = \"25MB\"\n");
    CHECK(s.attachments.max_size == 25'000'000);
    CHECK(s.origin.at("attachments.max_size") == "office.toml:2:12");
    CHECK(from_text("[attachments]\nmax_size = \"50 MiB\"\n").attachments.max_size == 50 << 20);
    CHECK(from_text("[attachments]\nmax_size = 1000\n").attachments.max_size == 1000);
    const std::string wrong = "office.toml:2:12: attachments.max_size must be a size such as \"25MB\", \"50 MiB\" or "
                              "52428800 (bytes), up to 1 TiB";
    CHECK(error_of("[attachments]\nmax_size = \"lots\"\n") == wrong);
    CHECK(error_of("[attachments]\nmax_size = 0\n") == wrong);
    CHECK(error_of("[attachments]\nmax_size = \"2 TiB\"\n") == wrong);
    CHECK(error_of("[attachments]\nlimit = 3\n") == "office.toml:2:9: unknown setting 'attachments.limit' (max_size)");
    CHECK(error_of("attachments = 3\n") == "office.toml:1:15: attachments must be a table");
}

TEST_CASE("top-level keys: register, user, color, procedures relative to their file", "[config]") {
    const Settings s = from_text("register = \"r.plaint\"\nuser = \"carol\"\ncolor = \"never\"\n"
                                 "procedures = [\"ours.toml\", \"/abs/theirs.toml\"]\n",
                                 "/etc/plaint/config.toml");
    CHECK(s.register_path == "r.plaint");
    CHECK(s.user == "carol");
    CHECK(s.color == "never");
    CHECK(s.procedure_files == std::vector<std::string>{"/etc/plaint/ours.toml", "/abs/theirs.toml"});
    CHECK(s.origin.at("color") == "/etc/plaint/config.toml:3:9");
}

TEST_CASE("errors name file:line:column and what is wrong", "[config][errors]") {
    CHECK(error_of("[calendar]\ndivision = \"wales\"\n") ==
          "office.toml:2:12: unknown calendar 'wales' (england-and-wales, scotland, northern-ireland, united-kingdom)");
    CHECK(error_of("colour = \"never\"\n") == "office.toml:1:10: unknown setting 'colour'");
    CHECK(error_of("[calendar]\nreceipt = \"monday\"\n") ==
          "office.toml:2:11: calendar.receipt must be one of day-zero, next-working-day, not 'monday'");
    CHECK(error_of("[calendar]\nclosures = [2026-02-30]\n") != "no error"); // TOML itself refuses the day
    CHECK(error_of("[calendar]\nclosures = [\"2026-02-30\"]\n") ==
          "office.toml:2:13: calendar.closures must be a date such as 2026-12-29");
    CHECK(error_of("[calendar]\nclosures = [{ name = \"x\" }]\n") ==
          "office.toml:2:13: calendar.closures entry needs a date");
    CHECK(error_of("[calendar]\nclosures = [{ date = 2026-12-29, day = 1 }]\n") ==
          "office.toml:2:40: unknown key 'day' in calendar.closures (expected date, name)");
    CHECK(error_of("[calendar]\nholidays = 2026-12-29\n") == "office.toml:2:12: calendar.holidays must be an array");
    CHECK(error_of("register = 3\n") == "office.toml:1:12: register must be a string");
    CHECK(error_of("calendar = 1\n") == "office.toml:1:12: calendar must be a table");
    CHECK(error_of("[calendar]\nweekend = 1\n") == "office.toml:2:11: unknown setting 'calendar.weekend'");
    CHECK(error_of("[due]\nwithin = 300\n") == "office.toml:2:10: due.within must be a number of working days, 0-260");
    CHECK(error_of("[due]\nwithin = -1\n") == "office.toml:2:10: due.within must be a number of working days, 0-260");
    CHECK(error_of("[due]\nsoon = 3\n") == "office.toml:2:8: unknown setting 'due.soon'");
    CHECK(error_of("[people.alice]\nphone = \"1\"\n") ==
          "office.toml:2:9: unknown setting 'people.alice.phone' (email, team, name)");
    CHECK(error_of("[people.alice]\nemail = \"a@b.org, c@d.org\"\n") ==
          "office.toml:2:9: people.alice.email is not a plain email address");
    CHECK(error_of("[people]\nalice = \"a@b.org\"\n") == "office.toml:2:9: people.alice must be a table");
    CHECK_THAT(error_of("[calendar\ndivision = 1\n"), Contains("office.toml:1:"));
    CHECK(error_of("a = 1\na = 2\n").rfind("office.toml:2:", 0) == 0);
}

TEST_CASE("a bad file stops loading with its path and line", "[config][errors]") {
    TempDir dir;
    Sources sources;
    sources.user_file = dir.write("config.toml", "\n\n[calendar]\nreceipt = 3\n");
    CHECK_THROWS_WITH(load(sources), Equals((dir / "config.toml").string() + ":4:11: calendar.receipt must be a string"));
    CHECK_THROWS_AS(load(sources), DataError);
}

TEST_CASE("a bad division from the environment or --calendar is a usage error", "[config][errors]") {
    Sources sources;
    sources.environment = {{"PLAINT_CALENDAR", "wales"}};
    CHECK_THROWS_AS(load(sources), UsageError);
    sources.environment.clear();
    sources.division_flag = "wales";
    CHECK_THROWS_AS(load(sources), UsageError);
}

TEST_CASE("imported holidays apply to the division finally in force", "[config][import]") {
    TempDir dir;
    Sources sources;
    sources.imports_file = dir.write("imported-holidays.toml",
                                     "[[holiday]]\ndivision = \"scotland\"\ndate = 2026-06-15\nname = \"Extra\"\n"
                                     "[[cancelled]]\ndivision = \"england-and-wales\"\ndate = 2026-12-28\n");
    sources.environment = {{"PLAINT_CALENDAR", "scotland"}};
    Settings s = load(sources);
    REQUIRE(s.holidays.size() == 1);
    CHECK(s.holidays[0].name == "Extra");
    CHECK(s.cancelled.empty());

    sources.division_flag = "england-and-wales";
    s = load(sources);
    CHECK(s.holidays.empty());
    CHECK(s.cancelled == std::vector<Date>{d("2026-12-28")});
    CHECK(s.origin.at("calendar.not_holidays") == (dir / "imported-holidays.toml").string());

    sources.division_flag = "united-kingdom";
    s = load(sources);
    CHECK(s.holidays.size() == 1);
    CHECK(s.cancelled.size() == 1);

    sources.imports_file = dir.write("bad.toml", "[[holiday]]\ndate = 2026-06-15\n");
    CHECK_THROWS_WITH(load(sources), Contains("bad.toml:1:1: holiday entries need a division and a date"));
}
