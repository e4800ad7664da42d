#include "plaint/output/fd_buffer.hpp"

#include <cerrno>
#include <unistd.h>

namespace plaint::output {

FdBuffer::FdBuffer(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

FdBuffer::~FdBuffer() { drain(); }

bool FdBuffer::write_all(const char* data, std::size_t size) {
    if (error_) return false;
    while (size > 0) {
        const ssize_t n = ::write(fd_, data, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error_ = n < 0 ? errno : EIO;
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

bool FdBuffer::drain() {
    const auto pending = static_cast<std::size_t>(pptr() - pbase());
    const bool ok = write_all(pbase(), pending);
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return ok;
}

FdBuffer::int_type FdBuffer::overflow(int_type c) {
    if (!drain()) return traits_type::eof();
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
    return c;
}

int FdBuffer::sync() { return drain() ? 0 : -1; }

std::streamsize FdBuffer::xsputn(const char* s, std::streamsize n) {
    const auto size = static_cast<std::size_t>(n);
    if (size <= static_cast<std::size_t>(epptr() - pptr())) {
        traits_type::copy(pptr(), s, size);
        pbump(static_cast<int>(size));
        return n;
    }
    if (!drain()) return 0;
    if (size >= buffer_.size()) return write_all(s, size) ? n : 0;
    traits_type::copy(pptr(), s, size);
    pbump(static_cast<int>(size));
    return n;
}

} // namespace plaint::output
