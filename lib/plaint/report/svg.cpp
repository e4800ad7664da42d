// Charts as inline SVG for the HTML report: a value axis with nice ticks
// and grid lines, category labels (slanted when they would collide), a
// legend, and one <title> per mark so a reader can hover for the number.
// Presentation is in attributes rather than CSS so a chart copied out of
// the page keeps its look. No xmlns: the element lives inside HTML, whose
// parser gives it the SVG namespace, and the report names no URLs at all.

#include "plaint/report/render.hpp"
#include "plaint/report/render_detail.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

namespace plaint::report {
namespace detail {

NiceScale nice_scale(double lo, double hi, bool integer, int target) {
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (!(hi > lo)) hi = lo + 1.0;
    const double raw = (hi - lo) / std::max(target, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    double step = (norm <= 1.0 ? 1.0 : norm <= 2.0 ? 2.0 : norm <= 5.0 ? 5.0 : 10.0) * magnitude;
    if (integer && step < 1.0) step = 1.0;
    const double first = std::floor(lo / step + 1e-9), last = std::ceil(hi / step - 1e-9);
    NiceScale scale{.lo = first * step, .hi = last * step, .step = step, .ticks = {}};
    for (double k = first; k <= last + 0.5; k += 1.0) scale.ticks.push_back(k * step);
    return scale;
}

const std::vector<std::string_view>& palette() {
    // Relative luminance 0.04, 0.58, 0.27, 0.75, 0.13, 0.42: neighbours far apart.
    static const std::vector<std::string_view> colours = {"#1b3a6b", "#f2c14e", "#2a9d8f",
                                                          "#cfe3f3", "#b03a2e", "#e69f00"};
    return colours;
}

} // namespace detail

namespace {

using detail::xml_escape;

constexpr double width = 640;
constexpr double plot_height = 220;
constexpr double font_size = 11;
constexpr double char_width = 6.5; // average advance of an 11px sans-serif glyph
constexpr std::size_t label_chars = 18;  // category labels
constexpr std::size_t legend_chars = 32; // series names in the legend
constexpr std::string_view dashes[] = {"", "6 3", "2 3", "9 3 2 3"};

std::string num(double v) { return fmt::format("{:.1f}", v); }

std::optional<double> value_at(const Series& s, std::size_t i) {
    if (i >= s.values.size() || !std::isfinite(s.values[i])) return std::nullopt;
    return s.values[i];
}

std::string short_label(const std::string& label, std::size_t limit = label_chars) {
    if (label.size() <= limit) return label;
    std::size_t cut = limit - 1;
    while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut; // keep UTF-8 whole
    return label.substr(0, cut) + "\u2026";
}

// A value as the tables show it; counts (`whole`) without decimals.
std::string shown(const Chart& chart, double value, bool whole) {
    if (whole) return detail::display_value(Value{static_cast<std::int64_t>(value)}, false);
    return detail::display_value(Value{value}, chart.percent);
}

std::string mark_title(const Chart& chart, std::size_t category, const Series& series, double value, bool whole) {
    const std::string text = shown(chart, value, whole);
    if (chart.series.size() == 1 && series.name.empty())
        return xml_escape(fmt::format("{}: {}", chart.categories[category], text));
    return xml_escape(fmt::format("{}, {}: {}", chart.categories[category], series.name, text));
}

// The whole chart's numbers in words, for screen readers (<desc>).
std::string description(const Chart& chart, bool whole) {
    static constexpr std::string_view kinds[] = {"Bar chart", "Stacked bar chart", "Line chart"};
    std::string text = std::string(kinds[static_cast<int>(chart.kind)]);
    if (!chart.y_label.empty()) text += " of " + chart.y_label;
    if (chart.categories.empty() || chart.series.empty()) return text + ": no data.";
    for (const auto& s : chart.series) {
        text += s.name.empty() ? "." : fmt::format(". {}:", s.name);
        for (std::size_t i = 0; i < chart.categories.size(); ++i) {
            const auto v = value_at(s, i);
            text += fmt::format("{} {} {}", i == 0 ? "" : ",", chart.categories[i],
                                v ? shown(chart, *v, whole) : "none");
        }
    }
    return text + ".";
}

class SvgChart {
public:
    explicit SvgChart(const Chart& chart) : chart_(chart) { layout(); }

    std::string str() {
        out_ += fmt::format("<svg role=\"img\" class=\"chart\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" "
                            "font-family=\"system-ui, sans-serif\" font-size=\"{2}\">\n",
                            num(width), num(height_), font_size);
        out_ += fmt::format("<title>{}</title>\n<desc>{}</desc>\n", xml_escape(chart_.title),
                            xml_escape(description(chart_, whole_)));
        legend();
        axis();
        if (empty_) {
            out_ += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#555\">No data for this "
                                "period</text>\n",
                                num(left_ + plot_width_ / 2), num(top_ + plot_height / 2));
        } else if (chart_.kind == ChartKind::line) {
            lines();
        } else {
            bars();
        }
        categories();
        out_ += "</svg>";
        return out_;
    }

private:
    bool named_series() const {
        return std::any_of(chart_.series.begin(), chart_.series.end(), [](const Series& s) { return !s.name.empty(); });
    }

    void layout() {
        double lo = 0, hi = 0;
        bool integer = !chart_.percent;
        empty_ = true;
        for (std::size_t i = 0; i < chart_.categories.size(); ++i) {
            double positive = 0, negative = 0;
            for (const auto& s : chart_.series) {
                const auto v = value_at(s, i);
                if (!v) continue;
                empty_ = false;
                integer = integer && std::floor(*v) == *v;
                (*v >= 0 ? positive : negative) += *v;
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
            if (chart_.kind == ChartKind::stacked_bar) {
                lo = std::min(lo, negative);
                hi = std::max(hi, positive);
            }
        }
        whole_ = integer && std::max(-lo, hi) < 9e15;
        scale_ = detail::nice_scale(lo, hi, integer);
        std::size_t tick_chars = 0;
        for (double t : scale_.ticks) tick_chars = std::max(tick_chars, detail::tick_label(t, chart_.percent).size());
        left_ = 14 + static_cast<double>(tick_chars) * char_width + (chart_.y_label.empty() ? 0 : 18);
        plot_width_ = width - left_ - 16;
        legend_rows();
        top_ = 14 + legend_height_;
        std::size_t longest = 0;
        for (const auto& c : chart_.categories) longest = std::max(longest, short_label(c).size());
        const double band = chart_.categories.empty() ? plot_width_ : plot_width_ / static_cast<double>(chart_.categories.size());
        slanted_ = static_cast<double>(longest) * char_width > band - 6;
        const double labels = slanted_ ? static_cast<double>(longest) * char_width * 0.72 + 16 : 22;
        height_ = std::ceil(top_ + plot_height + labels + 8);
    }

    // Legend entries flow left to right and wrap; each row is 18 high.
    void legend_rows() {
        legend_.clear();
        if (!named_series()) return;
        double x = left_, y = 14;
        for (const auto& s : chart_.series) {
            const double item = 22 + static_cast<double>(short_label(s.name, legend_chars).size()) * char_width + 14;
            if (x + item > width - 8 && x > left_) x = left_, y += 18;
            legend_.push_back({x, y});
            x += item;
        }
        legend_height_ = legend_.back().second + 18 - 8;
    }

    void legend() {
        if (legend_.empty()) return;
        out_ += "<g class=\"legend\">\n";
        for (std::size_t i = 0; i < chart_.series.size(); ++i) {
            const auto [x, y] = legend_[i];
            out_ += chart_.kind == ChartKind::line
                        ? fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2.5\"{}/>",
                                      num(x), num(y), num(x + 16), num(y), colour(i), dash(i))
                        : fmt::format("<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"10\" fill=\"{}\" stroke=\"#333\" "
                                      "stroke-width=\"0.5\"/>",
                                      num(x), num(y - 5), colour(i));
            out_ += fmt::format("<text x=\"{}\" y=\"{}\" dominant-baseline=\"middle\">{}</text>\n", num(x + 22), num(y),
                                xml_escape(short_label(chart_.series[i].name, legend_chars)));
        }
        out_ += "</g>\n";
    }

    void axis() {
        out_ += "<g class=\"axis\">\n";
        for (double t : scale_.ticks) {
            const double y = y_of(t);
            out_ += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\"/>", num(left_), num(y),
                                num(left_ + plot_width_), num(y), t == 0 ? "#333" : "#ddd");
            out_ += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" dominant-baseline=\"middle\">{}</text>\n",
                                num(left_ - 6), num(y), detail::tick_label(t, chart_.percent));
        }
        if (!chart_.y_label.empty()) {
            const double cx = 12, cy = top_ + plot_height / 2;
            out_ += fmt::format("<text x=\"{0}\" y=\"{1}\" text-anchor=\"middle\" transform=\"rotate(-90 {0} {1})\">{2}"
                                "</text>\n",
                                num(cx), num(cy), xml_escape(chart_.y_label));
        }
        out_ += "</g>\n";
    }

    void categories() {
        out_ += "<g class=\"categories\">\n";
        for (std::size_t i = 0; i < chart_.categories.size(); ++i) {
            const double x = band_centre(i), y = top_ + plot_height + 14;
            const std::string label = xml_escape(short_label(chart_.categories[i]));
            if (slanted_)
                out_ += fmt::format("<text x=\"{0}\" y=\"{1}\" text-anchor=\"end\" transform=\"rotate(-45 {0} {1})\">{2}"
                                    "</text>\n",
                                    num(x), num(y - 4), label);
            else
                out_ += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", num(x), num(y), label);
        }
        out_ += "</g>\n";
    }

    void bars() {
        const double band = band_width();
        const bool stacked = chart_.kind == ChartKind::stacked_bar;
        const double series = stacked ? 1.0 : static_cast<double>(chart_.series.size());
        const double bar = std::min(band * 0.8 / series, 56.0); // few categories: bars, not slabs
        const double group = bar * series;
        out_ += "<g class=\"bars\" stroke=\"#333\" stroke-width=\"0.5\">\n";
        for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
            double up = 0, down = 0;
            for (std::size_t s = 0; s < chart_.series.size(); ++s) {
                const auto v = value_at(chart_.series[s], c);
                if (!v) continue;
                double base = 0;
                if (stacked) {
                    double& stack = *v >= 0 ? up : down; // negative values stack downwards
                    base = stack;
                    stack += *v;
                }
                const double x = left_ + band * static_cast<double>(c) + (band - group) / 2 +
                                 (stacked ? 0 : bar * static_cast<double>(s));
                const double y1 = y_of(base + std::max(*v, 0.0)), y2 = y_of(base + std::min(*v, 0.0));
                out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}</title></rect>\n",
                                    num(x), num(y1), num(bar), num(y2 - y1), colour(s),
                                    mark_title(chart_, c, chart_.series[s], *v, whole_));
            }
        }
        out_ += "</g>\n";
    }

    // One path per series, broken where a value is missing, with a marker
    // shape per series as well as a dash pattern, for greyscale prints.
    void lines() {
        out_ += "<g class=\"lines\">\n";
        for (std::size_t s = 0; s < chart_.series.size(); ++s) {
            std::string path;
            bool pen_down = false;
            for (std::size_t c = 0; c < chart_.categories.size(); ++c) {
                const auto v = value_at(chart_.series[s], c);
                if (!v) {
                    pen_down = false;
                    continue;
                }
                path += fmt::format("{}{} {} ", pen_down ? "L" : "M", num(band_centre(c)), num(y_of(*v)));
                pen_down = true;
            }
            if (!path.empty()) path.pop_back();
            out_ += fmt::format("<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2.5\"{}/>\n", path, colour(s),
                                dash(s));
            for (std::size_t c = 0; c < chart_.categories.size(); ++c)
                if (const auto v = value_at(chart_.series[s], c))
                    out_ += marker(s, band_centre(c), y_of(*v), mark_title(chart_, c, chart_.series[s], *v, whole_));
        }
        out_ += "</g>\n";
    }

    std::string marker(std::size_t s, double x, double y, const std::string& title) const {
        const std::string fill = fmt::format("fill=\"{}\" stroke=\"#333\" stroke-width=\"0.75\"", colour(s));
        switch (s % 3) {
        case 0: return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" {}><title>{}</title></circle>\n", num(x), num(y), fill, title);
        case 1:
            return fmt::format("<rect x=\"{}\" y=\"{}\" width=\"7\" height=\"7\" {}><title>{}</title></rect>\n", num(x - 3.5),
                               num(y - 3.5), fill, title);
        default:
            return fmt::format("<path d=\"M{} {} L{} {} L{} {} Z\" {}><title>{}</title></path>\n", num(x), num(y - 4.5),
                               num(x + 4.5), num(y + 3.5), num(x - 4.5), num(y + 3.5), fill, title);
        }
    }

    std::string_view colour(std::size_t s) const { return detail::palette()[s % detail::palette().size()]; }
    std::string dash(std::size_t s) const {
        const auto pattern = dashes[s % std::size(dashes)];
        return pattern.empty() ? "" : fmt::format(" stroke-dasharray=\"{}\"", pattern);
    }
    double band_width() const {
        return chart_.categories.empty() ? plot_width_ : plot_width_ / static_cast<double>(chart_.categories.size());
    }
    double band_centre(std::size_t i) const { return left_ + band_width() * (static_cast<double>(i) + 0.5); }
    double y_of(double v) const { return top_ + plot_height * (scale_.hi - v) / (scale_.hi - scale_.lo); }

    const Chart& chart_;
    std::string out_;
    detail::NiceScale scale_;
    std::vector<std::pair<double, double>> legend_;
    double legend_height_ = 0;
    double left_ = 0, top_ = 0, plot_width_ = 0, height_ = 0;
    bool slanted_ = false;
    bool whole_ = false; // every value is a whole number: counts
    bool empty_ = true;
};

} // namespace

std::string svg_chart(const Chart& chart) { return SvgChart(chart).str(); }

} // namespace plaint::report
