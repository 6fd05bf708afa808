#!/bin/bash
# usage: bench/structure-figures.sh <checkout>: class sizes, test sizes and permission annotations of a
# checkout, as issue 9 reports them (before/after).
cd "$1"
echo "production classes: $(find src/main/java -name '*.java' | wc -l)"
find src/main/java -name '*.java' | xargs wc -l | grep -v ' total$' | sort -n | awk '{a[NR]=$1} END{print "median lines:", (NR%2? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
echo "classes over 300 lines:"; find src/main/java -name '*.java' | xargs wc -l | grep -v ' total$' | sort -n | awk '$1>300'
echo "largest 5:"; find src/main/java -name '*.java' | xargs wc -l | grep -v ' total$' | sort -n | tail -5
echo "test classes: $(grep -rlE '@Test\b' src/test/java | wc -l)"
echo "test classes starting the whole app: $(grep -rlE '^@(OnH2|OnPostgres|SpringBootTest)|^\s+@(OnH2|OnPostgres)' src/test/java | wc -l)"
echo "slice tests: $(grep -rlE '@WebMvcTest|@[A-Za-z]*Slice\b' src/test/java | wc -l)  module tests: $(grep -rlE '@ApplicationModuleTest|@[A-Za-z]*ModuleTest\b' src/test/java | wc -l)"
echo "@PreAuthorize: $(grep -r '@PreAuthorize' src/main/java | wc -l)"
