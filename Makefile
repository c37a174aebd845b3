# PGXS build of the kornews extension: kornews.so from src/pg linked with the core library that
# CMake builds, the install script assembled from src/sql/*.sql, and the binary dictionary
# compiled from mecab-ko-dic.
#   make && make install        build and install (the dictionary goes to share/tsearch_data)
#   make installcheck           pg_regress cases in sql/ against a running server
EXTENSION  = kornews
MODULE_big = kornews
EXTVERSION = 0.1

# Core is compiled once, by CMake: build/libkornews_core.a (position-independent, the same
# objects the unit tests, fuzzers and benchmarks link) is linked into kornews.so. Only the
# PostgreSQL side, src/pg, is compiled here, with PostgreSQL's flags.
CORE_LIB   = build/libkornews_core.a
PG_SRCS    = $(sort $(wildcard src/pg/*.cpp))
OBJS       = $(PG_SRCS:.cpp=.o)

DATA_built    = $(EXTENSION)--$(EXTVERSION).sql
REGRESS       = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS  = --load-extension=$(EXTENSION) --encoding=UTF8
EXTRA_CLEAN   = $(EXTENSION)--$(EXTVERSION).sql

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc)
ICU_LIBS   := $(shell pkg-config --libs icu-uc)
PG_CPPFLAGS = -Isrc $(ICU_CFLAGS)
# -flto: link-time inlining across the analyzer's files, 10-15% faster analysis. The link step
# runs gcc with PostgreSQL's CFLAGS (-O2), so the optimization level is repeated there.
PG_CXXFLAGS = -std=c++17 -Wall -Wextra -fvisibility=hidden -O3 -flto=auto
SHLIB_LINK  = $(CORE_LIB) $(ICU_LIBS) -lstdc++ -flto=auto -O3

# No LLVM bitcode for the C++ sources (PGXS would try clang with C flags and without -std=c++17).
# It must be an override set before the include: Makefile.global assigns with_llvm = yes, and
# pgxs.mk decides at include time whether to add the bitcode rules.
override with_llvm = no

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS compiles .cpp with CXXFLAGS; keep C-only flags out of it.
override CXXFLAGS := $(filter-out -Wmissing-prototypes -Wdeclaration-after-statement,$(CXXFLAGS))

# PGXS tracks no header dependencies (its autodepend is off in distribution builds): without
# this, a change to a core header such as morpheme.h leaves src/pg objects compiled against the
# old layout. gcc writes foo.d next to foo.o.
override CXXFLAGS += -MMD -MP
-include $(OBJS:.o=.d)
EXTRA_CLEAN += $(OBJS:.o=.d)

$(EXTENSION)--$(EXTVERSION).sql: $(sort $(wildcard src/sql/*.sql))
	cat $^ > $@

# The dictionary and the entity model are mapped by running backends, and the term model is read
# by them, so none is ever written in place (a backend would read a half-written file, or get
# SIGBUS past a truncation): each is installed under a temporary name and renamed over the old
# one. Backends pick the new file up at their next statement. (PGXS's DATA_TSEARCH would copy
# onto the old file.)
MAPPED_DATA = build/kornews.dic data/kornews_ner.model data/kornews_terms.tsv
TSEARCH_DIR = $(DESTDIR)$(datadir)/tsearch_data
install: install-mapped-data
install-mapped-data: build/kornews.dic
	$(MKDIR_P) '$(TSEARCH_DIR)'
	for f in $(MAPPED_DATA); do \
	  dest='$(TSEARCH_DIR)'/$$(basename $$f); \
	  $(INSTALL_DATA) $$f "$$dest.new.$$$$" && mv -f "$$dest.new.$$$$" "$$dest" || exit 1; \
	done
uninstall: uninstall-mapped-data uninstall-cli
uninstall-mapped-data:
	rm -f $(addprefix '$(TSEARCH_DIR)'/,$(notdir $(MAPPED_DATA)))
.PHONY: install-mapped-data uninstall-mapped-data

# The `kornews` command (headlines, import, analyze ...) next to PostgreSQL's own programs
# (pg_config --bindir), so that the docs' shell examples find it. CLI_BINDIR=/usr/local/bin puts
# it elsewhere; scripts/setup.sh also links it into /usr/local/bin when run as root.
CLI_BINDIR ?= $(bindir)
install: install-cli
install-cli: build/kornews
	$(MKDIR_P) '$(DESTDIR)$(CLI_BINDIR)'
	$(INSTALL_PROGRAM) build/kornews '$(DESTDIR)$(CLI_BINDIR)/kornews.new.'$$$$ && \
	  mv -f '$(DESTDIR)$(CLI_BINDIR)/kornews.new.'$$$$ '$(DESTDIR)$(CLI_BINDIR)/kornews'
uninstall-cli:
	rm -f '$(DESTDIR)$(CLI_BINDIR)/kornews'
.PHONY: install-cli uninstall-cli

# The core library, the dictionary and the CLI come from the CMake build, which tracks their
# dependencies itself; make asks it whenever a core or CLI source is newer than the library.
# data/kornews_names.tsv is compiled into the core library (cmake/embed_file.cmake).
CMAKE_INPUTS = CMakeLists.txt cmake/embed_file.cmake data/kornews_names.tsv \
               $(shell find src/core src/cli -name '*.cpp' -o -name '*.h')
all: build/kornews.dic build/kornews
$(shlib): $(CORE_LIB)
$(CORE_LIB) build/kornews.dic build/kornews &: $(CMAKE_INPUTS) .cache/mecab-ko-dic/sys.dic
	cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build -j2 --target kornews_core kornews dictionary
	touch $(CORE_LIB) build/kornews.dic build/kornews

.cache/mecab-ko-dic/sys.dic:
	scripts/fetch-dict.sh
