using DocCheck.Normalization;

namespace DocCheck.Structure;

/// <summary>
/// Groups blocks into table cells and cells into runs. A cell is the blocks up to one that ends a cell;
/// a run is cells that follow one another directly. Plain-text layouts do not mark where the first cell
/// of a run begins, so that cell is taken to be its last block only.
/// </summary>
internal sealed class CellIndex
{
    private const int MaxCellBlocks = 8;

    /// <summary>A cell: blocks FirstBlock..LastBlock inclusive.</summary>
    public sealed record Cell(int FirstBlock, int LastBlock);

    /// <summary>Runs of adjacent cells.</summary>
    public List<List<Cell>> Runs { get; } = [];

    public static CellIndex Build(IReadOnlyList<Block> blocks)
    {
        var index = new CellIndex();
        List<Cell>? run = null;
        int lastCellEnd = -2;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].EndsCell) continue;
            bool adjacent = lastCellEnd >= 0 && i - lastCellEnd <= MaxCellBlocks;
            // A row mark after ordinary paragraphs starts another table, even when the previous one ended just before.
            int rowStart = -1;
            for (int k = lastCellEnd + 2; adjacent && k <= i; k++)
                if (blocks[k].StartsRow) { rowStart = k; break; }
            if (rowStart > 0)
            {
                run = [new Cell(rowStart, i)];
                index.Runs.Add(run);
            }
            else if (adjacent && run is not null)
            {
                run.Add(new Cell(lastCellEnd + 1, i));
            }
            else
            {
                // Where the first cell of a run begins is unknown in plain text, unless a reader marked the row start.
                int first = i;
                for (int k = i; k >= 0 && k > Math.Max(lastCellEnd, i - MaxCellBlocks); k--)
                    if (blocks[k].StartsRow) { first = k; break; }
                run = [new Cell(first, i)];
                index.Runs.Add(run);
            }
            lastCellEnd = i;
        }
        return index;
    }
}
