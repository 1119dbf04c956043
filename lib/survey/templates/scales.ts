// Five-point scale labels (least to most favourable) in English and Spanish, shared by the templates and
// the demo survey so that the same scale reads the same everywhere.
export const FREQUENCY = {
  en: ["Never", "Rarely", "Sometimes", "Usually", "Always"],
  es: ["Nunca", "Rara vez", "A veces", "Casi siempre", "Siempre"],
};
export const EXTENT = {
  en: ["Not at all", "A little", "To some extent", "Mostly", "Completely"],
  es: ["En absoluto", "Un poco", "En cierta medida", "En gran parte", "Totalmente"],
};
export const QUALITY = {
  en: ["Poor", "Fair", "Good", "Very good", "Excellent"],
  es: ["Mala", "Regular", "Buena", "Muy buena", "Excelente"],
};
export const EASE = {
  en: ["Very difficult", "Difficult", "Neither easy nor difficult", "Easy", "Very easy"],
  es: ["Muy difícil", "Difícil", "Ni fácil ni difícil", "Fácil", "Muy fácil"],
};
