/**
 * A verbal noun in no case, as a word ends: қорғау, реттеу, дамыту, сақтау, аулау (a word of four
 * letters or more in -у or -ю; "елу", fifty, has three). The quote stage reads a ministry's field
 * by it ("халықты әлеуметтік | қорғау"), the entity stage a body's name ("биоәртүрлілікті |
 * сақтау") and what is done with an amount ("200 мың басты | аулау").
 */
export const VERBAL_NOUN = /\p{Ll}{3}[ую]$/u
