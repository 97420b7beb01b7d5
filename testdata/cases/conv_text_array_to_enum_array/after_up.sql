SELECT 1 / (tags = '{news,sport}'::tag[])::int FROM posts WHERE id = 1;
