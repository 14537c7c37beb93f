package dev.segment.io;

import dev.segment.model.CustomerIds;
import dev.segment.model.DataException;
import dev.segment.model.Pin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code --pin} file: {@code id,tier} rows (UTF-8, comma-separated), with or without a
 * header row whose second cell is {@code tier}.
 */
public final class PinFile {
  private PinFile() {}

  public static List<Pin> read(Path path) throws IOException {
    List<SmallCsv.Row> rows = SmallCsv.read(path, "a pin file", "--pin");
    List<Pin> pins = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      SmallCsv.Row row = rows.get(i);
      List<String> cells = row.cells();
      if (i == 0
          && cells.size() >= 2
          && cells.get(1).strip().toLowerCase(Locale.ROOT).equals("tier")) {
        continue;
      }
      boolean extraCells = false;
      for (int c = 2; c < cells.size(); c++) {
        extraCells |= !cells.get(c).isBlank();
      }
      String id = cells.isEmpty() ? "" : CustomerIds.trim(cells.get(0));
      if (cells.size() < 2 || id.isEmpty() || cells.get(1).isBlank() || extraCells) {
        throw new DataException(
            "the --pin file "
                + path
                + ": line "
                + row.line()
                + " is not an 'id,tier' row (e.g. CUS-1042,Tier 1)");
      }
      pins.add(new Pin(id, cells.get(1).strip(), row.line()));
    }
    return pins;
  }
}
