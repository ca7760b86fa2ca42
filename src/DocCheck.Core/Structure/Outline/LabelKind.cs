namespace DocCheck.Structure;

/// <summary>The kinds of outline labels Vietnamese documents use.</summary>
public enum LabelKind { Roman, Arabic, ArabicParen, Letter, Dash, Plus, Bullet, Article, Chapter, Section }
