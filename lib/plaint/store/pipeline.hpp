// Stages of a pipeline on threads of their own (bulk loading, verify,
// rebuild): batches handed from one thread to the next with bounded memory,
// dealt to several lanes in turn and taken back in the same turn so that
// order is kept from end to end, and threads stopped and joined however
// their owner leaves.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace plaint::store::detail {

// A run of consecutive items, and the failure that ended the stream right
// after them, if one did.
template <typename Item>
struct Batch {
    std::vector<Item> items;
    std::exception_ptr error;
};

// Batches on their way from one thread to another; at most `capacity` wait,
// so memory stays bounded.
template <typename Item>
class Handover {
public:
    // False when the taker has stopped and the batch will never be taken.
    // Batches already used are freed here, on the thread that made them
    // (cheaper for the allocator, and off the taker's path).
    bool put(Batch<Item> batch) {
        std::vector<Batch<Item>> freed;
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return queue_.size() < capacity || stopped_; });
        if (stopped_) return false;
        queue_.push_back(std::move(batch));
        freed.swap(used_);
        changed_.notify_all();
        lock.unlock();
        return true;
    }
    // Gives a batch taken back, to be freed by its maker.
    void used(Batch<Item> batch) {
        std::lock_guard lock(mutex_);
        used_.push_back(std::move(batch));
    }
    // The next batch; nullopt at the end or once stopped.
    std::optional<Batch<Item>> take() {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !queue_.empty() || finished_ || stopped_; });
        if (queue_.empty() || stopped_) return std::nullopt;
        Batch<Item> batch = std::move(queue_.front());
        queue_.pop_front();
        changed_.notify_all();
        return batch;
    }
    // No more batches will come.
    void finish() {
        std::lock_guard lock(mutex_);
        finished_ = true;
        changed_.notify_all();
    }
    // The taker wants no more batches.
    void stop() {
        std::lock_guard lock(mutex_);
        stopped_ = true;
        changed_.notify_all();
    }
    bool stopped() {
        std::lock_guard lock(mutex_);
        return stopped_;
    }

private:
    static constexpr std::size_t capacity = 8;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Batch<Item>> queue_;
    std::vector<Batch<Item>> used_;
    bool finished_ = false, stopped_ = false;
};

// Several handovers dealt batches in turn, and taken from in the same turn:
// batch i goes through lane i % lanes, so order is kept end to end.
template <typename Item>
class Lanes {
public:
    explicit Lanes(std::size_t count) {
        for (std::size_t i = 0; i < count; ++i) lanes_.push_back(std::make_unique<Handover<Item>>());
    }
    Handover<Item>& lane(std::size_t i) { return *lanes_[i]; }
    std::size_t size() const { return lanes_.size(); }
    bool put(Batch<Item> batch) { return lanes_[put_++ % lanes_.size()]->put(std::move(batch)); }
    std::optional<Batch<Item>> take() { return lanes_[taken_++ % lanes_.size()]->take(); }
    // Back to the lane the last batch taken came from.
    void used(Batch<Item> batch) { lanes_[(taken_ - 1) % lanes_.size()]->used(std::move(batch)); }
    void finish() {
        for (auto& l : lanes_) l->finish();
    }
    void stop() {
        for (auto& l : lanes_) l->stop();
    }
    bool stopped() {
        for (auto& l : lanes_)
            if (l->stopped()) return true;
        return false;
    }

private:
    std::vector<std::unique_ptr<Handover<Item>>> lanes_;
    std::size_t put_ = 0, taken_ = 0;
};

// A middle stage: one batch out for each batch in, in the same order, each
// item made from one taken by `make`; a failure ends its batch and the stream.
template <typename In, typename Out, typename Make>
void transform_batches(Handover<In>& in, Handover<Out>& out, const Make& make) {
    while (auto taken = in.take()) {
        Batch<Out> batch;
        batch.items.reserve(taken->items.size());
        try {
            for (auto& item : taken->items) batch.items.push_back(make(item));
            batch.error = taken->error;
        } catch (...) {
            batch.error = std::current_exception();
        }
        const bool last = static_cast<bool>(batch.error);
        in.used(std::move(*taken));
        if (!out.put(std::move(batch)) || last) break;
    }
    out.finish();
}

// A thread that is stopped (by `stop`, which makes `body` return soon) and
// joined however its owner leaves.
class StageThread {
public:
    StageThread(std::function<void()> stop, std::function<void()> body)
        : stop_(std::move(stop)), thread_(std::move(body)) {}
    ~StageThread() {
        stop_();
        thread_.join();
    }
    StageThread(const StageThread&) = delete;
    StageThread& operator=(const StageThread&) = delete;

private:
    std::function<void()> stop_;
    std::thread thread_;
};

} // namespace plaint::store::detail
