#pragma once
// A stream buffer writing to a file descriptor that remembers why a write
// failed (errno): iostreams only say that one did. plaint's standard output
// goes through one, so that a full disk or the file-size limit is reported
// with its reason.

#include <array>
#include <streambuf>

namespace plaint::output {

class FdBuffer final : public std::streambuf {
public:
    explicit FdBuffer(int fd);
    ~FdBuffer() override;
    FdBuffer(const FdBuffer&) = delete;
    FdBuffer& operator=(const FdBuffer&) = delete;

    // The errno of the first failed write; 0 while every write went.
    int error() const noexcept { return error_; }

protected:
    int_type overflow(int_type c) override;
    int sync() override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;

private:
    bool drain();                                  // writes the buffer out; false on an error
    bool write_all(const char* data, std::size_t size);

    int fd_;
    int error_ = 0;
    std::array<char, 64 * 1024> buffer_{};
};

} // namespace plaint::output
