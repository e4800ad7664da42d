#include "app.hpp"

int main(int argc, char** argv) { return plaint::cmd::run(argc, argv); }
