# pyxc's declarations of C's <stdio.h> (ISO C11 7.21), for `from libc.stdio cimport ...`.
# Written from the C standard. Not yet here: the functions taking va_list, and those taking
# function pointers.
cdef extern from "<stdio.h>" nogil:
    ctypedef struct FILE
    ctypedef struct fpos_t
    FILE *stdin
    FILE *stdout
    FILE *stderr
    const int EOF, BUFSIZ, FILENAME_MAX, FOPEN_MAX, L_tmpnam, TMP_MAX
    const int SEEK_SET, SEEK_CUR, SEEK_END
    const int _IOFBF, _IOLBF, _IONBF

    int remove(const char *filename)
    int rename(const char *old, const char *new)
    FILE *tmpfile()
    char *tmpnam(char *s)

    int fclose(FILE *stream)
    int fflush(FILE *stream)
    FILE *fopen(const char *filename, const char *mode)
    FILE *freopen(const char *filename, const char *mode, FILE *stream)
    void setbuf(FILE *stream, char *buf)
    int setvbuf(FILE *stream, char *buf, int mode, size_t size)

    int fprintf(FILE *stream, const char *format, ...)
    int fscanf(FILE *stream, const char *format, ...)
    int printf(const char *format, ...)
    int scanf(const char *format, ...)
    int snprintf(char *s, size_t n, const char *format, ...)
    int sprintf(char *s, const char *format, ...)
    int sscanf(const char *s, const char *format, ...)

    int fgetc(FILE *stream)
    char *fgets(char *s, int n, FILE *stream)
    int fputc(int c, FILE *stream)
    int fputs(const char *s, FILE *stream)
    int getc(FILE *stream)
    int getchar()
    int putc(int c, FILE *stream)
    int putchar(int c)
    int puts(const char *s)
    int ungetc(int c, FILE *stream)

    size_t fread(void *ptr, size_t size, size_t nmemb, FILE *stream)
    size_t fwrite(const void *ptr, size_t size, size_t nmemb, FILE *stream)

    int fgetpos(FILE *stream, fpos_t *pos)
    int fseek(FILE *stream, long offset, int whence)
    int fsetpos(FILE *stream, const fpos_t *pos)
    long ftell(FILE *stream)
    void rewind(FILE *stream)

    void clearerr(FILE *stream)
    int feof(FILE *stream)
    int ferror(FILE *stream)
    void perror(const char *s)
