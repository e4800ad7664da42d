#pragma once

namespace plaint::cmd {

// Parses the command line, builds the Context, runs the chosen subcommand and
// turns every failure into "plaint: error: ..." on stderr and an exit code.
int run(int argc, char** argv);

} // namespace plaint::cmd
