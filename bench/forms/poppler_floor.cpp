// poppler's share of reading a PDF: the file's bytes, the document and every page's words (page::text_list, as
// parser/pdf_reader.cpp asks for them), each page's dropped before the next. No layout, no plan, no output: what
// any reader built on poppler-cpp holds at least, so bench/forms/run can show how much of mseg's peak is its own.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <vector>

#include <poppler-document.h>
#include <poppler-page.h>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: mseg_bench_poppler_floor FILE.pdf\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    std::fprintf(stderr, "mseg_bench_poppler_floor: %s: not a PDF poppler opens\n", argv[1]);
    return 2;
  }
  std::size_t words = 0;
  for (int i = 0; i < doc->pages(); ++i) {
    const std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page) words += page->text_list().size();
  }
  std::printf("%zu words\n", words);
  return 0;
}
