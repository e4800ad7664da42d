// plaint/register/attachment: media types guessed from file names.

#include "plaint/register/attachment.hpp"

#include <catch2/catch.hpp>

using plaint::reg::is_media_type;
using plaint::reg::media_type_for_name;

TEST_CASE("media_type_for_name knows the documents complaints teams receive", "[attachment]") {
    CHECK(media_type_for_name("letter.pdf") == "application/pdf");
    CHECK(media_type_for_name("Letter.PDF") == "application/pdf");
    CHECK(media_type_for_name("reply.docx") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    CHECK(media_type_for_name("old.doc") == "application/msword");
    CHECK(media_type_for_name("figures.xlsx") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    CHECK(media_type_for_name("minutes.odt") == "application/vnd.oasis.opendocument.text");
    CHECK(media_type_for_name("call.txt") == "text/plain");
    CHECK(media_type_for_name("email.eml") == "message/rfc822");
    CHECK(media_type_for_name("email.msg") == "application/vnd.ms-outlook");
    CHECK(media_type_for_name("photo.png") == "image/png");
    CHECK(media_type_for_name("photo.jpg") == "image/jpeg");
    CHECK(media_type_for_name("photo.JPEG") == "image/jpeg");
    CHECK(media_type_for_name("scan.tiff") == "image/tiff");
    CHECK(media_type_for_name("scan.tif") == "image/tiff");
    CHECK(media_type_for_name("page.html") == "text/html");
    CHECK(media_type_for_name("list.csv") == "text/csv");
    CHECK(media_type_for_name("bundle.zip") == "application/zip");
    CHECK(media_type_for_name("archive.tar.gz") == "application/octet-stream");
    CHECK(media_type_for_name("README") == "application/octet-stream");
    CHECK(media_type_for_name(".pdf") == "application/octet-stream");
    CHECK(media_type_for_name("trailing.") == "application/octet-stream");
}

TEST_CASE("is_media_type takes type/subtype only", "[attachment]") {
    CHECK(is_media_type("application/pdf"));
    CHECK(is_media_type("application/vnd.ms-outlook"));
    CHECK(is_media_type("image/svg+xml"));
    CHECK_FALSE(is_media_type("pdf"));
    CHECK_FALSE(is_media_type("/pdf"));
    CHECK_FALSE(is_media_type("application/"));
    CHECK_FALSE(is_media_type("a/b/c"));
    CHECK_FALSE(is_media_type("text/plain\nX-Header: 1"));
    CHECK_FALSE(is_media_type("text /plain"));
}
