#!/usr/bin/env bash
# The knowledge portal's search on the knowledge base multiplied to 50,000 sheets, FAQ and procedures, and how soon
# a published sheet is found: bench/search-box.sh with SET=knowledge (see there for what it does and its settings).
#
#   bench/knowledge-search.sh
#   SKIP_BUILD=1 MVN_FLAGS=-o DURATION=30 PUBLISH=20 bench/knowledge-search.sh
SET=knowledge exec "$(dirname "$0")/search-box.sh" "$@"
