# PGXS build of the kornews extension: kornews.so from src/core + src/pg, the install script
# assembled from src/sql/*.sql, and the binary dictionary compiled from mecab-ko-dic.
#   make && make install        build and install (the dictionary goes to share/tsearch_data)
#   make installcheck           pg_regress cases in sql/ against a running server
EXTENSION  = kornews
MODULE_big = kornews
EXTVERSION = 0.1

CORE_SRCS  = $(shell find src/core -name '*.cpp' | sort)
PG_SRCS    = $(sort $(wildcard src/pg/*.cpp))
OBJS       = $(CORE_SRCS:.cpp=.o) $(PG_SRCS:.cpp=.o)

DATA_built    = $(EXTENSION)--$(EXTVERSION).sql
DATA_TSEARCH  = build/kornews.dic data/kornews_ner.model data/kornews_terms.tsv
REGRESS       = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS  = --load-extension=$(EXTENSION) --encoding=UTF8
EXTRA_CLEAN   = $(EXTENSION)--$(EXTVERSION).sql

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc)
ICU_LIBS   := $(shell pkg-config --libs icu-uc)
PG_CPPFLAGS = -Isrc $(ICU_CFLAGS)
# -flto: link-time inlining across the analyzer's files, 10-15% faster analysis. The link step
# runs gcc with PostgreSQL's CFLAGS (-O2), so the optimization level is repeated there.
PG_CXXFLAGS = -std=c++17 -Wall -Wextra -fvisibility=hidden -O3 -flto=auto
SHLIB_LINK  = $(ICU_LIBS) -lstdc++ -flto=auto -O3

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

# The dictionary and the CLI come from the CMake build (one source of truth for the core).
all: build/kornews.dic
build/kornews.dic: $(CORE_SRCS) $(wildcard src/cli/*.cpp src/core/*/*.h) .cache/mecab-ko-dic/sys.dic
	cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build build -j2 --target kornews dictionary

.cache/mecab-ko-dic/sys.dic:
	scripts/fetch-dict.sh
