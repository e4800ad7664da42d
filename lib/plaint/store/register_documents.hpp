#pragma once
// The register's documents directory (documents.hpp) as the commands see
// it: what verify notes about it and what `plaint attachments --prune`
// removes (register_documents.cpp). Whether each document the register uses
// is present and unaltered is verify's own check (Register::verify).

#include "plaint/store/register.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace plaint::store {

// Worth knowing about the documents directory, not failures: documents
// that no blob row, attachment row or `attached` event names, temporary
// files that a stopped attach left (neither held by an attach still
// running), files plaint did not write (counted, never named: their names
// may be personal), and a directory that others can read. Empty when there
// is no directory.
std::vector<std::string> document_notes(Register& reg);

// Writes the attachment's content to `fd`, a regular file open for reading
// and writing, checked as Register::read_attachment checks it (the same
// StoreErrors): a document file is copied by the kernel and hashed from the
// copy (as fast as cp), content kept inside the register is read from its
// chunks. DataError when `fd` cannot be written.
void extract_attachment(Register& reg, const Register::Attachment& a, int fd);

// What prune_documents removed, and left.
struct PruneReport {
    std::int64_t documents = 0;   // documents nothing in the register names, removed
    std::int64_t temporaries = 0; // temporary files of stopped attaches, removed
    std::int64_t bytes = 0;       // the two together
    std::int64_t in_use = 0;      // held by a running attach: left
    std::int64_t others = 0;      // files plaint did not write: left
};
// Removes the documents and temporary files document_notes counts, holding
// the register's write lock so that no attach records a document meanwhile.
PruneReport prune_documents(Register& reg);

} // namespace plaint::store
