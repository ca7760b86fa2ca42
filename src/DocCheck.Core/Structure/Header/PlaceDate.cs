using DocCheck.Text;

namespace DocCheck.Structure;

/// <summary>The header's "Kon Tum, ngày 28 tháng 02 năm 2018", with where each part of the date is written.</summary>
public sealed record PlaceDate(TextField Field, string? Place, PartialDate Date, PlaceDatePart Day, PlaceDatePart Month, PlaceDatePart Year);
