namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>Where a frame is in its production; each state is resumed by the parser's loop.</summary>
internal enum FrameState : byte
{
    /// <summary>The subject is a collection or property list still being read in the frame above.</summary>
    AwaitingSubject,

    /// <summary>A verb is required.</summary>
    Verb,

    /// <summary>After ';': another verb, more ';', or the end of the predicate-object list.</summary>
    AfterSemicolon,

    /// <summary>After <c>blankNodePropertyList</c> as subject: the predicate-object list is optional.</summary>
    OptionalPredicateObjectList,

    /// <summary>An object is required.</summary>
    Object,

    /// <summary>The object is a collection or property list still being read in the frame above.</summary>
    AwaitingObject,

    /// <summary>After an object: ',' or ';' or the end of the list.</summary>
    AfterObject,

    /// <summary>In a collection: the next item or ')'.</summary>
    Item,

    /// <summary>In a collection: the item is being read in the frame above.</summary>
    AwaitingItem,
}
