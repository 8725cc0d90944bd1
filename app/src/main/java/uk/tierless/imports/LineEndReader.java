package uk.tierless.imports;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes a file through and fails at its end when the last line has no line end. A CSV file cut off inside its last
 * row (even inside the last value: a longitude cut to fewer digits) still parses, so the missing line end is the one
 * sign of it. In a file whose lines end in CR LF, a last line ending in a CR alone was cut between the two.
 */
final class LineEndReader extends FilterReader {

    private long lineEnds;
    private int last = -1;
    private boolean crLf;

    LineEndReader(Reader file) {
        super(file);
    }

    @Override
    public int read() throws IOException {
        int character = super.read();
        if (character == -1) {
            checkEnd();
        } else {
            seen((char) character);
        }
        return character;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read == -1) {
            checkEnd();
        }
        for (int i = offset; i < offset + read; i++) {
            seen(buffer[i]);
        }
        return read;
    }

    private void seen(char character) {
        if (character == '\n') {
            lineEnds++;
            crLf |= last == '\r';
        }
        last = character;
    }

    private void checkEnd() {
        boolean lineEnded = last == '\n' || (last == '\r' && !crLf);
        if (last != -1 && !lineEnded) {
            throw new ImportFailedException("The file ends in the middle of line " + (lineEnds + 1)
                    + ", without a line end: it looks cut off.");
        }
    }
}
